/** Finds shortest paths between two entities: checks the arguments, picks the fixed query, adds each step's direction. */

import { badUserInput } from '../common/errors';
import { parseId } from '../common/ids';
import type { Executor } from '../neo4j/executor';
import { labelsOf, neo4jTypesOf, PathDirection } from './graph.enums';
import {
  DEFAULT_HOPS,
  DEFAULT_PATHS,
  ENTITY_EXISTS,
  MAX_HOPS,
  MAX_PATHS,
  MIN_HOPS,
  shortestPathsQuery,
} from './graph.repository';
import type { PathConstraint } from './path-constraint.input';
import type { PathRecord, RelationshipRecord } from './path.type';

/** The arguments of Query.path and Query.paths, as GraphQL hands them over. */
export interface PathArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  via?: PathConstraint | null;
  avoid?: PathConstraint | null;
}

/** The parameters of a shortest-path query: ids, and labels and types from the allow-lists. */
export interface PathParams {
  from: string;
  to: string;
  avoidLabels: string[];
  avoidTypes: string[];
  viaLabels: string[];
  viaTypes: string[];
}

/** Checks `maxHops` (1 to 6, default 4); throws BAD_USER_INPUT saying what was expected and what arrived. */
export function getValidMaxHops(maxHops: number | null | undefined): number {
  const hops = maxHops ?? DEFAULT_HOPS;
  if (!Number.isInteger(hops) || hops < MIN_HOPS || hops > MAX_HOPS) {
    throw badUserInput(`Argument "maxHops" must be an integer from ${MIN_HOPS} to ${MAX_HOPS}; got ${maxHops}.`, 'maxHops');
  }
  return hops;
}

/** Checks the `first` of Query.paths (1 to 10, default 3); throws BAD_USER_INPUT otherwise. */
export function getValidPathCount(first: number | null | undefined): number {
  const count = first ?? DEFAULT_PATHS;
  if (!Number.isInteger(count) || count < 1 || count > MAX_PATHS) {
    throw badUserInput(`Argument "first" must be an integer from 1 to ${MAX_PATHS}; got ${first}.`, 'first');
  }
  return count;
}

/** Checks the ids and turns `via` and `avoid` into query parameters (labels and types from the allow-lists). */
export function pathParams(args: PathArgs): PathParams {
  return {
    from: parseId(args.from, 'from').id,
    to: parseId(args.to, 'to').id,
    avoidLabels: labelsOf(args.avoid?.kinds),
    avoidTypes: neo4jTypesOf(args.avoid?.relationshipTypes),
    viaLabels: labelsOf(args.via?.kinds),
    viaTypes: neo4jTypesOf(args.via?.relationshipTypes),
  };
}

/** A path's steps with the direction the path walks each relationship in. */
export function withDirections(row: {
  length: number;
  nodeIds: string[];
  nodes?: { id: string }[];
  steps: RelationshipRecord[];
}): PathRecord {
  return {
    length: row.length,
    nodeIds: row.nodeIds,
    ...(row.nodes === undefined ? {} : { nodes: row.nodes }),
    steps: row.steps.map((step, i) => ({
      ...step,
      direction: step.from === row.nodeIds[i] ? PathDirection.FORWARD : PathDirection.BACKWARD,
    })),
  };
}

/**
 * Up to `count` distinct shortest paths (no two with the same relationships, no entity twice in one),
 * shortest first, that meet `via` and `avoid`; one Cypher query. From an entity to itself the only
 * path is the empty one (none when `via` asks for something on the way).
 */
export async function findPaths(executor: Executor, args: PathArgs, count: number): Promise<PathRecord[]> {
  const params = pathParams(args);
  const hops = getValidMaxHops(args.maxHops);
  if (params.from === params.to) {
    if (params.viaLabels.length > 0 || params.viaTypes.length > 0) return [];
    const rows = await executor.read<{ id: string }>(ENTITY_EXISTS, { id: params.from });
    return rows.length === 0 ? [] : [{ length: 0, nodeIds: [params.from], steps: [] }];
  }
  const rows = await executor.read<{ length: number; nodeIds: string[]; nodes: { id: string }[]; steps: RelationshipRecord[] }>(
    shortestPathsQuery(hops, count),
    { ...params },
  );
  return rows.map(withDirections);
}
