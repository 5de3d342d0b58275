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
  PLACE_TWINS,
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

/** An entity's twin (a country's own market, or a country market's country) and the step that joins them. */
interface Twin {
  twin: string;
  step: RelationshipRecord;
}

/**
 * The twins of the path's ends (a country and its own market are one place: a path from or to
 * either may start or end at the other), unless the constraints forbid the step that joins them
 * (INCLUDES avoided) or the kinds it would put on the way (markets or countries avoided), or the two
 * ends are twins of each other.
 */
async function twinsOf(executor: Executor, params: PathParams): Promise<Map<string, Twin[]>> {
  const twins = new Map<string, Twin[]>();
  if (params.avoidTypes.includes('INCLUDES') || params.avoidLabels.includes('Market') || params.avoidLabels.includes('Country')) return twins;
  const rows = await executor.read<{ id: string; twin: string; step: RelationshipRecord }>(PLACE_TWINS, { ids: [params.from, params.to] });
  for (const row of rows) twins.set(row.id, [...(twins.get(row.id) ?? []), { twin: row.twin, step: row.step }]);
  if ((twins.get(params.from) ?? []).some((t) => t.twin === params.to)) return new Map();
  return twins;
}

/** A path found between twins, with the joining steps added so that it runs from `from` to `to`. */
function joinTwins(path: PathRecord, from: string, to: string, twins: Map<string, Twin[]>): PathRecord {
  let { nodeIds, steps } = path;
  let nodes = path.nodes;
  if (nodeIds[0] !== from) {
    const join = twins.get(from)!.find((t) => t.twin === nodeIds[0])!;
    nodeIds = [from, ...nodeIds];
    steps = [{ ...join.step, direction: join.step.from === from ? PathDirection.FORWARD : PathDirection.BACKWARD }, ...steps];
    nodes = undefined;
  }
  if (nodeIds[nodeIds.length - 1] !== to) {
    const join = twins.get(to)!.find((t) => t.twin === nodeIds[nodeIds.length - 1])!;
    nodeIds = [...nodeIds, to];
    steps = [...steps, { ...join.step, direction: join.step.to === to ? PathDirection.FORWARD : PathDirection.BACKWARD }];
    nodes = undefined;
  }
  // A node record read with the path primes the loaders; without all of them the resolver loads by id.
  return { length: steps.length, nodeIds, ...(nodes === undefined ? {} : { nodes }), steps };
}

/** A path's identity: its entities and the types of its steps (two paths with both equal are the same path). */
const pathKey = (path: PathRecord): string => `${path.nodeIds.join(' ')}|${path.steps.map((s) => s.type).join(' ')}`;

/**
 * Up to `count` distinct shortest paths (no two with the same relationships, no entity twice in one),
 * shortest first, that meet `via` and `avoid`; one Cypher query, and one more for the ends' twins.
 * A country and its own market are one place: a path to country:RU may reach market:russia and step
 * over the INCLUDES between them, which is not counted against maxHops. From an entity to itself the
 * only path is the empty one (none when `via` asks for something on the way).
 */
export async function findPaths(executor: Executor, args: PathArgs, count: number): Promise<PathRecord[]> {
  const params = pathParams(args);
  const hops = getValidMaxHops(args.maxHops);
  if (params.from === params.to) {
    if (params.viaLabels.length > 0 || params.viaTypes.length > 0) return [];
    const rows = await executor.read<{ id: string }>(ENTITY_EXISTS, { id: params.from });
    return rows.length === 0 ? [] : [{ length: 0, nodeIds: [params.from], steps: [] }];
  }
  const twins = await twinsOf(executor, params);
  const fromIds = [params.from, ...(twins.get(params.from) ?? []).map((t) => t.twin)];
  const toIds = [params.to, ...(twins.get(params.to) ?? []).map((t) => t.twin)];
  const rows = await executor.read<{ length: number; nodeIds: string[]; nodes: { id: string }[]; steps: RelationshipRecord[] }>(
    shortestPathsQuery(hops, count),
    { ...params, fromIds, toIds },
  );
  // SHORTEST k ran per pair of ends: join the twins, drop the paths that became equal, keep the shortest.
  const seen = new Set<string>();
  const paths: PathRecord[] = [];
  for (const path of rows.map(withDirections).map((p) => joinTwins(p, params.from, params.to, twins))) {
    const key = pathKey(path);
    if (seen.has(key) || new Set(path.nodeIds).size !== path.nodeIds.length) continue;
    seen.add(key);
    paths.push(path);
  }
  return paths
    .sort((a, b) => a.length - b.length || compareText(a.nodeIds.join(' '), b.nodeIds.join(' ')) || compareText(pathKey(a), pathKey(b)))
    .slice(0, count);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
