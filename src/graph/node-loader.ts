/** Loads any entity by its id through the loader of its kind. */

import { kindOf, type Kind } from '../common/ids';
import { present } from '../common/present';
import type { Context, Loaders } from '../context';

type ByIdLoaderName = 'countryById' | 'automakerById' | 'brandById' | 'factoryById' | 'marketById' | 'organizationById' | 'sourceById' | 'figureById' | 'measureById' | 'claimById';

const LOADER_BY_KIND: Record<Kind, ByIdLoaderName> = {
  country: 'countryById',
  automaker: 'automakerById',
  brand: 'brandById',
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

/**
 * Puts records read by another query (search hits, path nodes) into the request's byId loaders, so
 * resolving them, or anything else in the request that names them, asks Neo4j nothing more.
 * Returns the records.
 */
export function primeNodes<T extends { id: string }>(ctx: Context, records: readonly T[]): T[] {
  for (const record of records) {
    const loader = ctx.loaders[LOADER_BY_KIND[kindOf(record.id)]] as unknown as { prime(id: string, value: unknown): unknown };
    loader.prime(record.id, record);
  }
  return [...records];
}
