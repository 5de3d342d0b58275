/** Query.factory and the relationship fields of Factory. */

import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../common/ids';
import { getValidListSize } from '../common/pagination';
import { selectsOnly, type SelectionInfo } from '../common/selection';
import type { Context } from '../context';
import { Automaker, type AutomakerRecord } from '../automaker';
import { Country, type CountryRecord } from '../country';
import { Source, loadSources, type SourceRecord } from '../source';
import {
  FACTORY_SUMMARY_FIELDS,
  Factory,
  FormerOperator,
  type FactoryRecord,
  type FactorySummaryRecord,
  type FormerOperatorRecord,
} from './factory.type';

/**
 * The factories of a list field (Automaker.factories, Country.factories): the first `first` of the
 * owner's, as summaries when the selection asks for nothing else (FACTORY_SUMMARY_FIELDS), whole
 * records otherwise. Fetch only what is asked: at scale a summary is a third of the bytes.
 */
export function loadFactoryList(
  ctx: Context,
  info: SelectionInfo,
  owner: { automakerId: string } | { countryId: string },
  first: number | null | undefined,
): Promise<FactorySummaryRecord[]> {
  const limit = getValidListSize(first);
  const summary = selectsOnly(info, FACTORY_SUMMARY_FIELDS);
  if ('automakerId' in owner) {
    return (summary ? ctx.loaders.factorySummariesByAutomaker : ctx.loaders.factoriesByAutomaker)(limit).load(owner.automakerId);
  }
  return (summary ? ctx.loaders.factorySummariesByCountry : ctx.loaders.factoriesByCountry)(limit).load(owner.countryId);
}

@Resolver(() => Factory)
export class FactoryResolver {
  @Query(() => Factory, {
    nullable: true,
    description: 'A factory by id, e.g. factory:tesla-shanghai; null when no factory has it.',
  })
  factory(
    @Arg('id', () => ID, { description: 'Id of the form factory:<slug>, e.g. factory:byd-szeged.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<FactoryRecord | null> {
    return ctx.loaders.factoryById.load(parseId(id, 'id', 'factory').id);
  }

  @FieldResolver(() => Country, { description: 'The country it stands in.' })
  country(@Root() factory: FactorySummaryRecord, @Ctx() ctx: Context): CountryRecord | Promise<CountryRecord> {
    // Read with the factory as a rule: answered at once, with no promise per row.
    return factory.country ?? ctx.loaders.countryById.load(factory.countryId!).then((country) => country!);
  }

  @FieldResolver(() => Automaker, { description: 'The automaker that operates it.' })
  async automaker(@Root() factory: FactoryRecord, @Ctx() ctx: Context): Promise<AutomakerRecord> {
    return (await ctx.loaders.automakerById.load(factory.automakerId!))!;
  }

  @FieldResolver(() => [FormerOperator], {
    description: 'Who ran it before its current operator, latest first, with dates and sources (a change of owner is a dated fact).',
  })
  formerOperators(@Root() factory: FactoryRecord, @Ctx() ctx: Context): Promise<FormerOperatorRecord[]> {
    return ctx.loaders.formerOperatorsByFactory.load(factory.id);
  }

  @FieldResolver(() => [Source], {
    description: 'Sources that state this factory: its existence, status, location and operator.',
  })
  sources(@Root() factory: FactoryRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, [...factory.sources, ...factory.locationSources, ...factory.operatorSources]);
  }
}

@Resolver(() => FormerOperator)
export class FormerOperatorResolver {
  @FieldResolver(() => Automaker, { description: 'The automaker that ran the factory.' })
  async automaker(@Root() operator: FormerOperatorRecord, @Ctx() ctx: Context): Promise<AutomakerRecord> {
    return (await ctx.loaders.automakerById.load(operator.automakerId))!;
  }

  @FieldResolver(() => [Source], { description: 'Sources that state who ran it and when.' })
  sources(@Root() operator: FormerOperatorRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, operator.sources);
  }
}
