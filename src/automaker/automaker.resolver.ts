/** Query.automaker, Query.automakers, Mutation.upsertAutomaker and the relationship fields of Automaker. */

import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireApiToken } from '../auth';
import { DateScalar, heldOn } from '../common/date.scalar';
import { badUserInput } from '../common/errors';
import { parseId } from '../common/ids';
import { decodeCursor, encodeCursor, getValidPageSize } from '../common/pagination';
import type { Context } from '../context';
import { Country, type CountryRecord } from '../country/country.type';
import { Factory, type FactoryRecord } from '../factory';
import { TradeFigure, TradeFigureFilter, loadExports, type FigureRecord } from '../figure';
import { MarketLink, type MarketLinkRecord } from '../market';
import { Source, loadSources, type SourceRecord } from '../source';
import { AutomakerInput } from './automaker.input';
import { AUTOMAKER_PAGE, UPSERT_AUTOMAKER } from './automaker.repository';
import { Automaker, AutomakerConnection, type AutomakerRecord } from './automaker.type';

const MAX_NAME_LENGTH = 200;

@Resolver(() => Automaker)
export class AutomakerResolver {
  @Query(() => Automaker, { nullable: true, description: 'An automaker by id, e.g. automaker:byd; null when none has it.' })
  automaker(
    @Arg('id', () => ID, { description: 'Id of the form automaker:<slug>, e.g. automaker:tesla.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<AutomakerRecord | null> {
    return ctx.loaders.automakerById.load(parseId(id, 'id', 'automaker').id);
  }

  @Query(() => AutomakerConnection, { description: 'Automakers, a page at a time (first: 1 to 100).' })
  async automakers(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the item to start after (pageInfo.endCursor of the previous page).',
    })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<AutomakerConnection> {
    const limit = getValidPageSize(first);
    const afterId = after === null || after === undefined ? null : decodeCursor(after);
    const [row] = await ctx.executor.read<{ totalCount: number; nodes: AutomakerRecord[] }>(AUTOMAKER_PAGE, {
      after: afterId,
      limit: limit + 1,
    });
    const nodes = row?.nodes ?? [];
    const page = nodes.slice(0, limit);
    for (const node of page) ctx.loaders.automakerById.prime(node.id, node);
    const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      edges,
      pageInfo: { hasNextPage: nodes.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: row?.totalCount ?? 0,
    };
  }

  @FieldResolver(() => Country, { description: 'Headquarters.' })
  async country(@Root() automaker: AutomakerRecord, @Ctx() ctx: Context): Promise<CountryRecord> {
    return (await ctx.loaders.countryById.load(automaker.countryId!))!;
  }

  @FieldResolver(() => [Factory], { description: 'Factories it operates.' })
  factories(@Root() automaker: AutomakerRecord, @Ctx() ctx: Context): Promise<FactoryRecord[]> {
    return ctx.loaders.factoriesByAutomaker.load(automaker.id);
  }

  @FieldResolver(() => [MarketLink], {
    description: 'Markets this automaker sells in or targets, with the evidence for each link.',
  })
  async markets(
    @Root() automaker: AutomakerRecord,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description:
        'Only links that held on this day: begun on or before it (or with no known start) and not ended by it. All links when null.',
    })
    asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<MarketLinkRecord[]> {
    const links = await ctx.loaders.marketLinksByAutomaker.load(automaker.id);
    return asOf === null || asOf === undefined ? links : links.filter((link) => heldOn(link.since, link.until, asOf));
  }

  @FieldResolver(() => [TradeFigure], {
    description: 'Export figures with this automaker as the exporter (for example vehicles shipped out of China).',
  })
  exports(
    @Root() automaker: AutomakerRecord,
    @Arg('filter', () => TradeFigureFilter, { nullable: true, description: 'Narrows the figures; all of them when null.' })
    filter: TradeFigureFilter | null,
    @Ctx() ctx: Context,
  ): Promise<FigureRecord[]> {
    return loadExports(ctx, automaker.id, filter);
  }

  @FieldResolver(() => [Source], { description: 'Sources that state this automaker and its headquarters.' })
  sources(@Root() automaker: AutomakerRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, [...automaker.sources, ...automaker.headquartersSources]);
  }

  @Mutation(() => Automaker, {
    description: 'Create or update an automaker. Needs Authorization: Bearer <API_TOKEN>.',
  })
  async upsertAutomaker(
    @Arg('input', () => AutomakerInput, { description: 'The automaker: id, name and headquarters country.' })
    input: AutomakerInput,
    @Ctx() ctx: Context,
  ): Promise<AutomakerRecord> {
    requireApiToken(ctx);
    const id = parseId(input.id, 'input.id', 'automaker').id;
    const countryId = parseId(input.countryId, 'input.countryId', 'country').id;
    const name = input.name.trim();
    if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
      throw badUserInput(
        `Argument "input.name" must have 1 to ${MAX_NAME_LENGTH} characters; got ${name.length}.`,
        'input.name',
      );
    }
    const [row] = await ctx.executor.write<{ node: AutomakerRecord }>(UPSERT_AUTOMAKER, { id, name, countryId });
    if (row === undefined) {
      throw badUserInput(`Argument "input.countryId" names no country: ${JSON.stringify(countryId)}.`, 'input.countryId');
    }
    ctx.loaders.automakerById.clear(id).prime(id, row.node);
    return row.node;
  }
}
