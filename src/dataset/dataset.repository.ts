/** Cypher of the dataset domain; the per-kind statements live in the kinds table (src/seed/seed.kinds.ts). */

import { SEED_KINDS, type SeedKind } from '../seed';

export { READ_DATASET_VERSION, WRITE_DATASET_VERSION } from '../seed';

/** Which of `$ids` name an entity in the graph (one batched read for every outside reference of an import). */
export const EXISTING_IDS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id`;

/**
 * Count of every kind in one statement: `RETURN {sources: COUNT { MATCH (n:Source) }, …} AS counts`.
 * Built from the kinds table (code constants), never from user text.
 */
export function countsStatement(kinds: readonly SeedKind[] = SEED_KINDS): string {
  return `RETURN {${kinds.map((k) => `${k.name}: COUNT { ${k.countPattern} }`).join(', ')}} AS counts`;
}

export const COUNT_KINDS = countsStatement();
