/** Query.automaker, Query.automakers, Mutation.upsertAutomaker and the relationship fields of Automaker. */

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireApiToken } from '../auth';
import { DateScalar, heldOn } from '../common/date.scalar';
import { badUserInput } from '../common/errors';
import { parseId } from '../common/ids';
import { loadConnection, type ConnectionPage } from '../common/connection';
import { PageArgs } from '../common/page.args';
import { getValidListSize, LIST_FIRST_DESCRIPTION, MAX_LIST_SIZE } from '../common/pagination';
import type { Context } from '../context';
import { Country, type CountryRecord } from '../country/country.type';
import { Factory, loadFactoryList, type FactorySummaryRecord } from '../factory';
import { TradeFigure, TradeFigureFilter, loadExports, type FigureRecord } from '../figure';
import { MarketLink, type MarketLinkRecord } from '../market';
import { Source, loadSources, type SourceRecord } from '../source';
import { AutomakerInput } from './automaker.input';
import { AUTOMAKER_CONNECTION } from './automaker.connection.repository';
import { AutomakerFilter, automakerFilterClause } from './automaker.filter';
import { AutomakerOrder } from './automaker.order';
import { UPSERT_AUTOMAKER } from './automaker.repository';
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

  @Query(() => AutomakerConnection, {
    description: 'Automakers, a page at a time (first: 1 to 100), filtered and ordered (default: by id).',
  })
  automakers(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => AutomakerFilter, { nullable: true, description: 'Which automakers; all of them when null.' })
    filter: AutomakerFilter | null,
    @Arg('orderBy', () => AutomakerOrder, { nullable: true, description: 'How to sort them (default: by id, ascending).' })
    orderBy: AutomakerOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<AutomakerRecord>> {
    return loadConnection<AutomakerOrder['field'], AutomakerRecord>(
      ctx.executor,
      AUTOMAKER_CONNECTION,
      { first, after, orderBy, filter: automakerFilterClause(filter) },
      info,
      (node) => ctx.loaders.automakerById.prime(node.id, node),
    );
  }

  @FieldResolver(() => Country, { description: 'Headquarters.' })
  country(@Root() automaker: AutomakerRecord, @Ctx() ctx: Context): CountryRecord | Promise<CountryRecord> {
    // Read with the automaker as a rule: answered at once, with no promise per row.
    return automaker.country ?? ctx.loaders.countryById.load(automaker.countryId!).then((country) => country!);
  }

  @FieldResolver(() => [Factory], { description: 'Factories it operates.' })
  factories(
    @Root() automaker: AutomakerRecord,
    @Arg('first', () => Int, { nullable: true, description: LIST_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FactorySummaryRecord[]> {
    return loadFactoryList(ctx, info, { automakerId: automaker.id }, first);
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
    @Arg('first', () => Int, { nullable: true, description: LIST_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<MarketLinkRecord[]> {
    const limit = getValidListSize(first);
    if (asOf === null || asOf === undefined) return ctx.loaders.marketLinksByAutomaker(limit).load(automaker.id);
    // `first` counts the links that held on the day, so read up to the largest list and cut after filtering.
    const links = await ctx.loaders.marketLinksByAutomaker(MAX_LIST_SIZE).load(automaker.id);
    return links.filter((link) => heldOn(link.since, link.until, asOf)).slice(0, limit);
  }

  @FieldResolver(() => [TradeFigure], {
    description: 'Export figures with this automaker as the exporter (for example vehicles shipped out of China).',
  })
  exports(
    @Root() automaker: AutomakerRecord,
    @Arg('filter', () => TradeFigureFilter, { nullable: true, description: 'Narrows the figures; all of them when null.' })
    filter: TradeFigureFilter | null,
    @Arg('first', () => Int, { nullable: true, description: LIST_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<FigureRecord[]> {
    return loadExports(ctx, automaker.id, filter, first);
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
