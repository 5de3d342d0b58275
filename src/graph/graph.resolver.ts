/** Queries over the whole graph (node, search, path) and Mutation.deleteEntity. */

import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireApiToken } from '../auth';
import { badUserInput, codedError, ErrorCode } from '../common/errors';
import { parseId } from '../common/ids';
import { Node } from '../common/node.interface';
import { getValidPageSize } from '../common/pagination';
import type { Context } from '../context';
import { Source, loadSources, type SourceRecord } from '../source';
import {
  DEFAULT_HOPS,
  DELETE_BLOCKERS,
  DETACH_DELETE,
  ENTITY_EXISTS,
  MAX_HOPS,
  MIN_HOPS,
  SEARCH,
  SHORTEST_PATH_BY_HOPS,
} from './graph.repository';
import { loadNode, loadNodes } from './node-loader';
import { Path, PathStep, type PathRecord, type PathStepRecord } from './path.type';
import { toLuceneQuery } from './search';

const DEFAULT_SEARCH_RESULTS = 10;

/** Counts of DELETE_BLOCKERS and how to name each in an error message. */
const BLOCKER_NAMES: Record<string, string> = {
  headquarteredAutomakers: 'automakers headquartered there',
  locatedFactories: 'factories located there',
  operatedFactories: 'factories it operates',
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
    const rows = await ctx.executor.read<{ id: string }>(SEARCH, { query, limit });
    return loadNodes(ctx, rows.map((r) => r.id));
  }

  @Query(() => Path, {
    nullable: true,
    description:
      'A shortest path between two entities, following relationships in either direction (not through sources, which are evidence). Null when none exists within maxHops.',
  })
  async path(
    @Arg('from', () => ID, { description: 'Id of the entity to start from.' }) from: string,
    @Arg('to', () => ID, { description: 'Id of the entity to reach.' }) to: string,
    @Arg('maxHops', () => Int, {
      nullable: true,
      description: `Longest path to consider, ${MIN_HOPS} to ${MAX_HOPS} relationships (default ${DEFAULT_HOPS}).`,
    })
    maxHops: number | null,
    @Ctx() ctx: Context,
  ): Promise<PathRecord | null> {
    const fromId = parseId(from, 'from').id;
    const toId = parseId(to, 'to').id;
    const hops = maxHops ?? DEFAULT_HOPS;
    if (!Number.isInteger(hops) || hops < MIN_HOPS || hops > MAX_HOPS) {
      throw badUserInput(`Argument "maxHops" must be an integer from ${MIN_HOPS} to ${MAX_HOPS}; got ${maxHops}.`, 'maxHops');
    }
    if (fromId === toId) {
      const rows = await ctx.executor.read<{ id: string }>(ENTITY_EXISTS, { id: fromId });
      return rows.length === 0 ? null : { length: 0, nodeIds: [fromId], steps: [] };
    }
    const [row] = await ctx.executor.read<PathRecord>(SHORTEST_PATH_BY_HOPS.get(hops)!, { from: fromId, to: toId });
    return row ?? null;
  }

  @Mutation(() => Boolean, {
    description:
      'Remove an entity and its relationships. Needs Authorization: Bearer <API_TOKEN>. Returns false when the id names nothing. Refused (CONFLICT) while other entities need it, e.g. a country that factories stand in: delete or move those first.',
  })
  async deleteEntity(
    @Arg('id', () => ID, { description: 'Id of the entity to remove.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    requireApiToken(ctx);
    const parsed = parseId(id, 'id');
    // Check and delete in one write transaction, so nothing can start depending on it in between.
    return ctx.executor.writeTransaction(async (run) => {
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
      return true;
    });
  }
}

@Resolver(() => Path)
export class PathResolver {
  @FieldResolver(() => [Node], { description: 'The entities along the path, from the start to the end.' })
  nodes(@Root() path: PathRecord, @Ctx() ctx: Context): Promise<{ id: string }[]> {
    return loadNodes(ctx, path.nodeIds);
  }
}

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => [Source], { description: 'The evidence for this hop: sources that state the relationship.' })
  sources(@Root() step: PathStepRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, step.sources);
  }
}
