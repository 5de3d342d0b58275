/** Loads any entity by its id through the loader of its kind. */

import { kindOf, type Kind } from '../common/ids';
import { present } from '../common/present';
import type { Context, Loaders } from '../context';

type ByIdLoaderName = 'countryById' | 'automakerById' | 'factoryById' | 'marketById' | 'organizationById' | 'sourceById' | 'figureById' | 'measureById' | 'claimById';

const LOADER_BY_KIND: Record<Kind, ByIdLoaderName> = {
  country: 'countryById',
  automaker: 'automakerById',
  factory: 'factoryById',
  market: 'marketById',
  org: 'organizationById',
  source: 'sourceById',
  figure: 'figureById',
  measure: 'measureById',
  claim: 'claimById',
};

/** The entity with this (well-formed) id, or null when none has it. */
export function loadNode(ctx: Context, id: string): Promise<{ id: string } | null> {
  const loader = ctx.loaders[LOADER_BY_KIND[kindOf(id)]] as Loaders[ByIdLoaderName];
  return loader.load(id) as Promise<{ id: string } | null>;
}

/** The entities with these ids, in order, leaving out ids that name nothing. */
export async function loadNodes(ctx: Context, ids: readonly string[]): Promise<{ id: string }[]> {
  return present(await Promise.all(ids.map((id) => loadNode(ctx, id))));
}
