/** Query.tradeMeasure(s), the fields of TradeMeasure and MeasureLink, and `tradeMeasures` on the entities they bear on. */

import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Automaker, type AutomakerRecord } from '../automaker';
import { parseId } from '../common/ids';
import { Node } from '../common/node.interface';
import type { Context } from '../context';
import { Country, type CountryRecord } from '../country';
import { Factory, type FactoryRecord } from '../factory';
import { loadNode } from '../graph';
import { Market, type MarketRecord } from '../market';
import { Source, loadSources, type SourceRecord } from '../source';
import { ALL_MEASURES } from './measure.repository';
import { MeasureLink, MeasureLinkKind, TradeMeasure, type MeasureLinkRecord, type TradeMeasureRecord } from './measure.type';

@Resolver(() => TradeMeasure)
export class TradeMeasureResolver {
  @Query(() => TradeMeasure, {
    nullable: true,
    description: 'A trade measure by id, e.g. measure:eu-definitive-cvd-2024; null when no measure has it.',
  })
  tradeMeasure(
    @Arg('id', () => ID, { description: 'Id of the form measure:<slug>, e.g. measure:tr-china-vehicle-tariff-2024.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<TradeMeasureRecord | null> {
    return ctx.loaders.measureById.load(parseId(id, 'id', 'measure').id);
  }

  @Query(() => [TradeMeasure], { description: 'Every trade measure in the graph, the earliest (effective, else announced) first.' })
  async tradeMeasures(@Ctx() ctx: Context): Promise<TradeMeasureRecord[]> {
    const rows = await ctx.executor.read<{ node: TradeMeasureRecord }>(ALL_MEASURES);
    for (const { node } of rows) ctx.loaders.measureById.prime(node.id, node);
    return rows.map((r) => r.node);
  }

  @FieldResolver(() => Node, { description: 'Who imposes it: a country, or a market such as the EU (market:eu).' })
  async imposedBy(@Root() measure: TradeMeasureRecord, @Ctx() ctx: Context): Promise<{ id: string }> {
    return (await loadNode(ctx, measure.imposedById!))!;
  }

  @FieldResolver(() => [MeasureLink], {
    description: 'The automakers and countries it applies to (with their rates), the markets it affects and the factories it exempts.',
  })
  async links(
    @Root() measure: TradeMeasureRecord,
    @Arg('kind', () => MeasureLinkKind, { nullable: true, description: 'Only links of this kind, e.g. APPLIES_TO.' })
    kind: MeasureLinkKind | null,
    @Ctx() ctx: Context,
  ): Promise<MeasureLinkRecord[]> {
    const links = await ctx.loaders.measureLinksByMeasure.load(measure.id);
    return kind === null || kind === undefined ? links : links.filter((l) => l.kind === kind);
  }

  @FieldResolver(() => [Source], { description: 'Sources that state the measure, its dates, its rate and who imposes it.' })
  sources(@Root() measure: TradeMeasureRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, [...measure.sources, ...measure.imposedBySources]);
  }
}

@Resolver(() => MeasureLink)
export class MeasureLinkResolver {
  @FieldResolver(() => TradeMeasure, { description: 'The measure.' })
  async measure(@Root() link: MeasureLinkRecord, @Ctx() ctx: Context): Promise<TradeMeasureRecord> {
    return (await ctx.loaders.measureById.load(link.measureId))!;
  }

  @FieldResolver(() => Node, { description: 'The entity it bears on: an automaker, a country, a market or a factory.' })
  async target(@Root() link: MeasureLinkRecord, @Ctx() ctx: Context): Promise<{ id: string }> {
    return (await loadNode(ctx, link.targetId))!;
  }

  @FieldResolver(() => [Source], { description: 'Sources that state this link (and its rate).' })
  sources(@Root() link: MeasureLinkRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, link.sources);
  }
}

const TARGET_DESCRIPTION = 'Trade measures that bear on it, the earliest first, each with its rate and sources.';

@Resolver(() => Automaker)
export class AutomakerMeasuresResolver {
  @FieldResolver(() => [MeasureLink], { description: 'Trade measures that apply to its vehicles (e.g. EU duties at a rate for this company), the earliest first.' })
  tradeMeasures(@Root() automaker: AutomakerRecord, @Ctx() ctx: Context): Promise<MeasureLinkRecord[]> {
    return ctx.loaders.measureLinksByTarget.load(automaker.id);
  }
}

@Resolver(() => Country)
export class CountryMeasuresResolver {
  @FieldResolver(() => [MeasureLink], { description: `${TARGET_DESCRIPTION} APPLIES_TO: its vehicles are charged; AFFECTS: trade into it changes.` })
  tradeMeasures(@Root() country: CountryRecord, @Ctx() ctx: Context): Promise<MeasureLinkRecord[]> {
    return ctx.loaders.measureLinksByTarget.load(country.id);
  }
}

@Resolver(() => Market)
export class MarketMeasuresResolver {
  @FieldResolver(() => [MeasureLink], { description: TARGET_DESCRIPTION })
  tradeMeasures(@Root() market: MarketRecord, @Ctx() ctx: Context): Promise<MeasureLinkRecord[]> {
    return ctx.loaders.measureLinksByTarget.load(market.id);
  }
}

@Resolver(() => Factory)
export class FactoryMeasuresResolver {
  @FieldResolver(() => [MeasureLink], { description: 'Trade measures that exempt it (e.g. imports tied to its investment), the earliest first.' })
  tradeMeasures(@Root() factory: FactoryRecord, @Ctx() ctx: Context): Promise<MeasureLinkRecord[]> {
    return ctx.loaders.measureLinksByTarget.load(factory.id);
  }
}
