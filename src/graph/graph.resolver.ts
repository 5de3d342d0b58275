/** Queries over the whole graph (node, search, path, paths, neighborhood) and Mutation.deleteEntity. */

import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireApiToken } from '../auth';
import { codedError, ErrorCode } from '../common/errors';
import { parseId } from '../common/ids';
import { countContribution, LOCK_DATASET } from '../seed';
import { Node } from '../common/node.interface';
import { getValidPageSize } from '../common/pagination';
import type { Context } from '../context';
import { Source, loadSources, type SourceRecord } from '../source';
import { RelationshipType } from './graph.enums';
import {
  DEFAULT_DEPTH,
  DEFAULT_HOPS,
  DEFAULT_NEIGHBORS,
  DEFAULT_PATHS,
  DELETE_BLOCKERS,
  DETACH_DELETE,
  MAX_DEPTH,
  MAX_HOPS,
  MAX_NEIGHBORS,
  MAX_PATHS,
  MIN_DEPTH,
  MIN_HOPS,
  SEARCH,
  SEARCH_CANDIDATES,
} from './graph.repository';
import { findNeighborhood } from './neighborhood.service';
import { GraphEdge, Neighborhood, type GraphEdgeRecord, type NeighborhoodRecord } from './neighborhood.type';
import { loadNode, loadNodes, primeNodes } from './node-loader';
import { PathConstraint } from './path-constraint.input';
import { findPaths, getValidPathCount } from './path.service';
import { Path, PathStep, type PathRecord, type PathStepRecord } from './path.type';
import { toLuceneQuery } from './search';

const DEFAULT_SEARCH_RESULTS = 10;

const MAX_HOPS_DESCRIPTION = `Longest path to consider, ${MIN_HOPS} to ${MAX_HOPS} relationships (default ${DEFAULT_HOPS}).`;
const VIA_DESCRIPTION =
  'Keep only paths that go through at least one intermediate entity of one of `kinds` and use at least one relationship of one of `relationshipTypes` (each list only when given and not empty). The shortest paths that meet this are returned, even if shorter ones exist without it.';
const AVOID_DESCRIPTION =
  'Keep only paths with no intermediate entity of any of `kinds` and no relationship of any of `relationshipTypes`. The start and the end are never excluded.';

/** Counts of DELETE_BLOCKERS and how to name each in an error message. */
const BLOCKER_NAMES: Record<string, string> = {
  headquarteredAutomakers: 'automakers headquartered there',
  locatedFactories: 'factories located there',
  operatedFactories: 'factories it operates',
  ownedBrands: 'brands it owns',
  exportFigures: 'figures with it as the exporter',
  destinationFigures: 'figures with it as the destination',
  statedFigures: 'figures it states',
  imposedMeasures: 'trade measures it imposes',
  factoryClaims: 'investment or capacity claims about it',
  citingFacts: 'facts that cite it as evidence',
};

@Resolver()
export class GraphResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by its global id; null when a well-formed id names nothing.' })
  node(
    @Arg('id', () => ID, { description: 'A global id, e.g. country:CN, automaker:byd, factory:tesla-shanghai.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<{ id: string } | null> {
    return loadNode(ctx, parseId(id, 'id').id);
  }

  @Query(() => [Node], {
    description:
      'Full-text search over names of every kind of entity. Words match whole or as the start of a name word, accents ignored; any other characters (Lucene syntax included) are treated as spaces. Best matches first.',
  })
  async search(
    @Arg('text', { description: 'Words to look for, e.g. "byd hungary" or "Komárom".' }) text: string,
    @Arg('first', () => Int, { nullable: true, description: 'Most results to return, 1 to 100 (default 10).' })
    first: number | null,
    @Ctx() ctx: Context,
  ): Promise<{ id: string }[]> {
    const limit = getValidPageSize(first, 'first', DEFAULT_SEARCH_RESULTS);
    const query = toLuceneQuery(text);
    if (query === null) return [];
    const rows = await ctx.executor.read<{ record: { id: string } }>(SEARCH, {
      query,
      exact: text.trim().toLowerCase(),
      candidates: SEARCH_CANDIDATES,
      limit,
    });
    return primeNodes(ctx, rows.map((r) => r.record));
  }

  @Query(() => Path, {
    nullable: true,
    description:
      'A shortest path between two entities, following relationships in either direction (not through sources, which are evidence), with the evidence for each hop. Null when none exists within maxHops that meets `via` and `avoid`. Among equally short paths, which one is returned is not specified; `paths` gives several.',
  })
  async path(
    @Arg('from', () => ID, { description: 'Id of the entity to start from.' }) from: string,
    @Arg('to', () => ID, { description: 'Id of the entity to reach.' }) to: string,
    @Arg('maxHops', () => Int, { nullable: true, description: MAX_HOPS_DESCRIPTION }) maxHops: number | null,
    @Arg('via', () => PathConstraint, { nullable: true, description: VIA_DESCRIPTION }) via: PathConstraint | null,
    @Arg('avoid', () => PathConstraint, { nullable: true, description: AVOID_DESCRIPTION }) avoid: PathConstraint | null,
    @Ctx() ctx: Context,
  ): Promise<PathRecord | null> {
    const [path] = await findPaths(ctx.executor, { from, to, maxHops, via, avoid }, 1);
    return path ?? null;
  }

  @Query(() => [Path], {
    description:
      'The shortest paths between two entities, shortest first: up to `first` distinct paths (no two with the same relationships; no entity twice in a path), each with the evidence for each hop. Follows relationships in either direction, never through sources. Empty when none exists within maxHops that meets `via` and `avoid`.',
  })
  async paths(
    @Arg('from', () => ID, { description: 'Id of the entity to start from.' }) from: string,
    @Arg('to', () => ID, { description: 'Id of the entity to reach.' }) to: string,
    @Arg('maxHops', () => Int, { nullable: true, description: MAX_HOPS_DESCRIPTION }) maxHops: number | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: `Most paths to return, 1 to ${MAX_PATHS} (default ${DEFAULT_PATHS}).`,
    })
    first: number | null,
    @Arg('via', () => PathConstraint, { nullable: true, description: VIA_DESCRIPTION }) via: PathConstraint | null,
    @Arg('avoid', () => PathConstraint, { nullable: true, description: AVOID_DESCRIPTION }) avoid: PathConstraint | null,
    @Ctx() ctx: Context,
  ): Promise<PathRecord[]> {
    const count = getValidPathCount(first);
    return findPaths(ctx.executor, { from, to, maxHops, via, avoid }, count);
  }

  @Query(() => Neighborhood, {
    nullable: true,
    description:
      'The entities around one entity and the relationships between them, with evidence, for exploring and drawing. Null when the id names nothing. Sources are never among the entities (they are the evidence on edges), so the neighbourhood of a source is the source alone.',
  })
  neighborhood(
    @Arg('id', () => ID, { description: 'Id of the entity at the center, e.g. automaker:byd.' }) id: string,
    @Arg('depth', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_DEPTH,
      description: `How many relationships away from the center to look, ${MIN_DEPTH} to ${MAX_DEPTH}.`,
    })
    depth: number | null,
    @Arg('relationshipTypes', () => [RelationshipType], {
      nullable: true,
      description: 'Follow and return only relationships of these types (at least one); left out, every type.',
    })
    relationshipTypes: RelationshipType[] | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_NEIGHBORS,
      description: `Most entities to return besides the center, 1 to ${MAX_NEIGHBORS}: the closest (fewest relationships away, then by id). \`truncated\` says whether more were left out.`,
    })
    first: number | null,
    @Ctx() ctx: Context,
  ): Promise<NeighborhoodRecord | null> {
    return findNeighborhood(ctx.executor, { id, depth, relationshipTypes, first });
  }

  @Mutation(() => Boolean, {
    description:
      'Remove an entity and its relationships. Needs Authorization: Bearer <API_TOKEN>. Returns false when the id names nothing; a removal counts as a contribution (see Dataset.revision). Refused (CONFLICT) while other entities need it, e.g. a country that factories stand in: delete or move those first.',
  })
  async deleteEntity(
    @Arg('id', () => ID, { description: 'Id of the entity to remove.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    requireApiToken(ctx);
    const parsed = parseId(id, 'id');
    // Check and delete in one write transaction, so nothing can start depending on it in between.
    return ctx.executor.writeTransaction(async (run) => {
      // Mutations take the dataset's lock first, one at a time (see COUNT_CONTRIBUTION): never a deadlock between them.
      await run(LOCK_DATASET);
      const [blockers] = await run<Record<string, number | string>>(DELETE_BLOCKERS, { id: parsed.id });
      if (blockers === undefined) return false;
      const reasons = Object.entries(BLOCKER_NAMES)
        .filter(([key]) => Number(blockers[key]) > 0)
        .map(([key, name]) => `${blockers[key]} ${name}`);
      if (reasons.length > 0) {
        throw codedError(ErrorCode.CONFLICT, `Cannot delete ${parsed.id}: ${reasons.join(', ')} depend on it.`, {
          argument: 'id',
        });
      }
      await run(DETACH_DELETE, { id: parsed.id });
      // Only a delete that removed something counts as a contribution (false changed nothing).
      await countContribution(run);
      return true;
    });
  }
}

@Resolver(() => Path)
export class PathResolver {
  @FieldResolver(() => [Node], { description: 'The entities along the path, from the start to the end.' })
  nodes(@Root() path: PathRecord, @Ctx() ctx: Context): Promise<{ id: string }[]> {
    // The path query read the nodes' records with the path: no second query.
    if (path.nodes !== undefined) return Promise.resolve(primeNodes(ctx, path.nodes));
    return loadNodes(ctx, path.nodeIds);
  }
}

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => [Source], { description: 'The evidence for this hop: sources that state the relationship.' })
  sources(@Root() step: PathStepRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> | SourceRecord[] {
    // The path query read the sources with the step: no second query.
    return step.sourceRecords ?? loadSources(ctx, step.sources);
  }
}

@Resolver(() => Neighborhood)
export class NeighborhoodResolver {
  @FieldResolver(() => Node, { description: 'The entity the neighbourhood is around.' })
  async center(@Root() neighborhood: NeighborhoodRecord, @Ctx() ctx: Context): Promise<{ id: string }> {
    const center = await loadNode(ctx, neighborhood.centerId);
    // Read in the same request a moment ago; gone only if deleted in between.
    if (center === null) throw codedError(ErrorCode.NOT_FOUND, `${neighborhood.centerId} was deleted while it was being read.`);
    return center;
  }

  @FieldResolver(() => [Node], {
    description: 'The center first, then the entities around it, closest first (by number of relationships, then by id).',
  })
  nodes(@Root() neighborhood: NeighborhoodRecord, @Ctx() ctx: Context): Promise<{ id: string }[]> {
    return loadNodes(ctx, neighborhood.nodeIds);
  }
}

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => [Source], { description: 'The evidence for this relationship: sources that state it.' })
  sources(@Root() edge: GraphEdgeRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, edge.sources);
  }
}
