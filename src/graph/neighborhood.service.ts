/** Reads the neighbourhood of an entity: checks the arguments, picks the fixed query for the depth. */

import { badUserInput } from '../common/errors';
import { parseId } from '../common/ids';
import { getValidPageSize } from '../common/pagination';
import type { Executor } from '../neo4j/executor';
import { LINK_TYPES, neo4jTypesOf, type RelationshipType } from './graph.enums';
import { DEFAULT_DEPTH, DEFAULT_NEIGHBORS, MAX_DEPTH, MAX_NEIGHBORS, MIN_DEPTH, neighborhoodQuery } from './graph.repository';
import { edgeId, type NeighborhoodRecord } from './neighborhood.type';
import type { RelationshipRecord } from './path.type';

/** The arguments of Query.neighborhood, as GraphQL hands them over. */
export interface NeighborhoodArgs {
  id: string;
  depth?: number | null;
  relationshipTypes?: RelationshipType[] | null;
  first?: number | null;
}

/** Checks `depth` (1 to 3, default 1); throws BAD_USER_INPUT saying what was expected and what arrived. */
export function getValidDepth(depth: number | null | undefined): number {
  const value = depth ?? DEFAULT_DEPTH;
  if (!Number.isInteger(value) || value < MIN_DEPTH || value > MAX_DEPTH) {
    throw badUserInput(`Argument "depth" must be an integer from ${MIN_DEPTH} to ${MAX_DEPTH}; got ${depth}.`, 'depth');
  }
  return value;
}

/** The relationship types to follow: all of them when left out; an empty list is refused (it would follow nothing). */
export function getValidRelationshipTypes(types: readonly RelationshipType[] | null | undefined): string[] {
  if (types === null || types === undefined) return [...LINK_TYPES];
  if (types.length === 0) {
    throw badUserInput(
      'Argument "relationshipTypes" must name at least one type, or be left out to follow every type; got [].',
      'relationshipTypes',
    );
  }
  return neo4jTypesOf(types);
}

/** The neighbourhood of an entity, or null when the id names nothing; one Cypher query. */
export async function findNeighborhood(executor: Executor, args: NeighborhoodArgs): Promise<NeighborhoodRecord | null> {
  const id = parseId(args.id, 'id').id;
  const depth = getValidDepth(args.depth);
  const types = getValidRelationshipTypes(args.relationshipTypes);
  const first = getValidPageSize(args.first, 'first', DEFAULT_NEIGHBORS, MAX_NEIGHBORS);
  const [row] = await executor.read<Omit<NeighborhoodRecord, 'edges'> & { edges: RelationshipRecord[] }>(
    neighborhoodQuery(depth),
    { id, types, first },
  );
  if (row === undefined) return null;
  return { ...row, edges: row.edges.map((edge) => ({ ...edge, id: edgeId(edge) })) };
}
