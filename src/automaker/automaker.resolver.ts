/** Query.automaker, Query.automakers, Mutation.upsertAutomaker and the relationship fields of Automaker. */

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireApiToken } from '../auth';
import { badUserInput } from '../common/errors';
import { parseId } from '../common/ids';
import { loadConnection, type ConnectionPage } from '../common/connection';
import { PageArgs } from '../common/page.args';
import { countContribution } from '../seed';
import { getValidListSize, LIST_FIRST_DESCRIPTION } from '../common/pagination';
import type { Context } from '../context';
import { Country, type CountryRecord } from '../country/country.type';
import { Factory, loadFactoryList, type FactorySummaryRecord } from '../factory';
import { TradeFigure, TradeFigureFilter, loadExports, type FigureRecord } from '../figure';
import { Brand, type BrandRecord } from '../brand';
import { MarketLink, type MarketLinkRecord } from '../market';
import { SellerMarketLinkArgs } from '../market/market-link.args';
import { loadSellerLinks } from '../market/market-link.loaders';
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
    description:
      'Markets this automaker sells in, exports to or targets, with the evidence for each link; by market name unless `orderBy` says otherwise (ENTRY: in order of entry).',
  })
  markets(
    @Root() automaker: AutomakerRecord,
    @Args(() => SellerMarketLinkArgs) args: SellerMarketLinkArgs,
    @Ctx() ctx: Context,
  ): Promise<MarketLinkRecord[]> {
    return loadSellerLinks(ctx, automaker.id, args);
  }

  @FieldResolver(() => [Brand], { description: 'The brands it owns, by name (e.g. MG for SAIC).' })
  brands(
    @Root() automaker: AutomakerRecord,
    @Arg('first', () => Int, { nullable: true, description: LIST_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<BrandRecord[]> {
    return ctx.loaders.brandsByAutomaker(getValidListSize(first)).load(automaker.id);
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
    description: 'Create or update an automaker. Needs Authorization: Bearer <API_TOKEN>. Counts as a contribution: the dataset version gains one (see Dataset.revision).',
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
    // The count of contributions (the dataset's revision) and the upsert commit together, or neither does;
    // the count first, as every mutation takes the dataset's lock first (see COUNT_CONTRIBUTION).
    const node = await ctx.executor.writeTransaction(async (run) => {
      await countContribution(run);
      const [row] = await run<{ node: AutomakerRecord }>(UPSERT_AUTOMAKER, { id, name, countryId });
      if (row === undefined) {
        throw badUserInput(`Argument "input.countryId" names no country: ${JSON.stringify(countryId)}.`, 'input.countryId');
      }
      return row.node;
    });
    ctx.loaders.automakerById.clear(id).prime(id, node);
    return node;
  }
}
