/** Resolves lists of source ids (the evidence stored on facts) to sources, through the loader. */

import { present } from '../common/present';
import type { Context } from '../context';
import type { SourceRecord } from './source.type';

/** The sources for the given ids, de-duplicated, in the given order; unknown ids are dropped. */
export async function loadSources(ctx: Context, ids: readonly (string | null | undefined)[]): Promise<SourceRecord[]> {
  const unique = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  return present(await ctx.loaders.sourceById.loadMany(unique));
}
