/** The relationship fields of TradeFigure, and Query.exporterRanking. */

import { Arg, Ctx, Directive, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { INHERIT_CACHE_HINT, PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DateScalar } from '../common/date.scalar';
import { badUserInput } from '../common/errors';
import { getValidYear } from '../common/year';
import { parseId } from '../common/ids';
import { loadNode } from '../graph/node-loader';
import { getValidListSize } from '../common/pagination';
import type { Context } from '../context';
import type { AutomakerRecord } from '../automaker/automaker.type';
import type { CountryRecord } from '../country/country.type';
import { Market, type MarketRecord } from '../market';
import { Organization, type OrganizationRecord } from '../organization';
import { Source, loadSources, type SourceRecord } from '../source';
import { CountingMethod, ExporterKind, FigureFlow, TradeMetric, VehicleClass } from './figure.enums';
import type { TradeFigureFilter } from './figure.filter';
import { normaliseFilter } from './figure.loaders';
import { PREFERENCE_RULE } from './figure.preference';
import { EXPORTER_RANKING } from './figure.repository';
import { Exporter, TradeFigure, type FigureRecord } from './figure.type';

/** The first `first` figures (1 to 1000, default 100) of one exporter that match a filter, through the per-request loader. */
export function loadExports(
  ctx: Context,
  exporterId: string,
  filter: TradeFigureFilter | null | undefined,
  first: number | null | undefined = undefined,
): Promise<FigureRecord[]> {
  if (filter?.flow != null && filter.flow !== FigureFlow.EXPORTS) {
    throw badUserInput(
      `Argument "filter.flow" of an exports list must be EXPORTS or null; got ${filter.flow}. Ask figures(filter: {flow: ${filter.flow}}) for other flows.`,
      'filter.flow',
    );
  }
  return loadFigureList(ctx, exporterId, { ...filter, flow: FigureFlow.EXPORTS }, first);
}

/**
 * The first `first` figures (1 to 1000, default 100) of one subject (whose flow they count) that
 * match a filter, every flow unless the filter names one, through the per-request loader.
 */
export function loadFigureList(
  ctx: Context,
  subjectId: string,
  filter: TradeFigureFilter | null | undefined,
  first: number | null | undefined = undefined,
): Promise<FigureRecord[]> {
  const limit = getValidListSize(first);
  if (filter?.year !== undefined && filter.year !== null) getValidYear(filter.year, 'filter.year');
  if (filter?.destination !== undefined && filter.destination !== null) {
    parseId(filter.destination, 'filter.destination', ['market', 'country']);
  }
  return ctx.loaders.exportsByExporter.load({ exporterId: subjectId, first: limit, filter: normaliseFilter(filter) });
}

/** Loads figures by id, in order, leaving out any that vanished. */
async function loadFigures(ctx: Context, ids: string[]): Promise<FigureRecord[]> {
  const figures = await ctx.loaders.figureById.loadMany(ids);
  return figures.filter((f): f is FigureRecord => f !== null && !(f instanceof Error));
}

/** Loads the subject of a figure by id (a country, automaker, brand, factory or market), for the Exporter union. */
export function loadExporter(ctx: Context, id: string): Promise<{ id: string } | null> {
  return loadNode(ctx, id);
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('ExporterRank', { description: 'One place in a ranking of exporters.' })
export class ExporterRank {
  @Field(() => Int, { description: 'Place in the ranking, 1 for the largest value.' })
  rank!: number;

  @Directive(INHERIT_CACHE_HINT)
  @Field(() => Exporter, { description: 'The country or automaker at this place.' })
  exporter!: CountryRecord | AutomakerRecord;

  @Field(() => TradeFigure, { description: 'The figure the place is based on (the preferred one, see exporterRanking).' })
  figure!: FigureRecord;
}

@Resolver(() => TradeFigure)
export class FigureResolver {
  @Directive(INHERIT_CACHE_HINT)
  @FieldResolver(() => Exporter, {
    description:
      'Whose flow it counts: the exporter (EXPORTS), the importer (IMPORTS), the producer (PRODUCTION) or the seller (SALES, OVERSEAS_SALES): a country, automaker, brand, factory or market.',
  })
  async exporter(@Root() figure: FigureRecord, @Ctx() ctx: Context): Promise<{ id: string }> {
    return (await loadExporter(ctx, figure.exporterId))!;
  }

  @FieldResolver(() => Market, {
    nullable: true,
    description:
      'Where the exports went (EXPORTS), where the imports came from (IMPORTS), or where the sales or production happened; null means worldwide, or not split by place.',
  })
  destination(@Root() figure: FigureRecord, @Ctx() ctx: Context): Promise<MarketRecord | null> | MarketRecord | null {
    if (figure.related !== undefined) return figure.related.destination;
    return figure.destinationId === null ? null : ctx.loaders.marketById.load(figure.destinationId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "Who produced the figure. Null for a company's own statement.",
  })
  reportedBy(@Root() figure: FigureRecord, @Ctx() ctx: Context): Promise<OrganizationRecord | null> | OrganizationRecord | null {
    if (figure.related !== undefined) return figure.related.reporter;
    return figure.reporterId === null ? null : ctx.loaders.organizationById.load(figure.reporterId);
  }

  @FieldResolver(() => Source, { description: 'Where it was published.' })
  async source(@Root() figure: FigureRecord, @Ctx() ctx: Context): Promise<SourceRecord> {
    if (figure.related?.source != null) return figure.related.source;
    return (await ctx.loaders.sourceById.load(figure.sourceId))!;
  }

  @FieldResolver(() => [Source], {
    description: 'The evidence for this figure as a list, like every other fact (its one source).',
  })
  sources(@Root() figure: FigureRecord, @Ctx() ctx: Context): Promise<SourceRecord[]> {
    return loadSources(ctx, [figure.sourceId]);
  }

  @FieldResolver(() => Boolean, {
    description: `True when this is the figure to believe among those that compete with it (it is its own competitor when alone). ${PREFERENCE_RULE}`,
  })
  async preferred(@Root() figure: FigureRecord, @Ctx() ctx: Context): Promise<boolean> {
    const { competitors } = await ctx.loaders.figureCompetition.load(figure.id);
    return competitors[0] === figure.id;
  }

  @FieldResolver(() => [TradeFigure], {
    description:
      'The other figures that count the same thing (same flow, exporter, destination, metric, period, vehicle class and counting method) and so compete with this one, most preferred first. Empty when no other source gives a figure for it.',
  })
  async alternatives(@Root() figure: FigureRecord, @Ctx() ctx: Context): Promise<FigureRecord[]> {
    const { competitors } = await ctx.loaders.figureCompetition.load(figure.id);
    return loadFigures(ctx, competitors.filter((id) => id !== figure.id));
  }

  @FieldResolver(() => [TradeFigure], {
    description:
      'Figures of the same flow, exporter, destination and metric over an overlapping period that count something else (another period, vehicle class or counting method, e.g. customs counts against manufacturers\' counts). Not alternatives: they disagree because they measure differently. Latest period first.',
  })
  async otherMeasures(@Root() figure: FigureRecord, @Ctx() ctx: Context): Promise<FigureRecord[]> {
    const { otherMeasures } = await ctx.loaders.figureCompetition.load(figure.id);
    return loadFigures(ctx, otherMeasures);
  }

  @Query(() => [ExporterRank], {
    description:
      'Exporters ranked by their worldwide figure for a whole calendar year. Only figures that count the same thing compete: ' +
      'the same metric, vehicle class and counting method (customs counts, which may include used vehicles, are never ranked against ' +
      "manufacturers' counts of new ones). Where an exporter has several such figures, the preferred one is used: OFFICIAL beats " +
      'ESTIMATE beats FORECAST (targets are not ranked), then a figure whose producer is named (reportedBy) beats one whose producer is not, then the later publication wins. Figures flagged doubtful are left out unless asked for.',
  })
  async exporterRanking(
    @Arg('year', () => Int, { description: 'Calendar year, e.g. 2023.' }) year: number,
    @Arg('flow', () => FigureFlow, {
      nullable: true,
      defaultValue: FigureFlow.EXPORTS,
      description: 'What flow to rank by (default EXPORTS; PRODUCTION ranks producers, SALES sellers by their worldwide figures).',
    })
    flow: FigureFlow,
    @Arg('metric', () => TradeMetric, { nullable: true, defaultValue: TradeMetric.UNITS, description: 'What to rank by (default UNITS).' })
    metric: TradeMetric,
    @Arg('vehicleClass', () => VehicleClass, {
      nullable: true,
      defaultValue: VehicleClass.ALL_VEHICLES,
      description: 'Which vehicles the compared figures count (default ALL_VEHICLES).',
    })
    vehicleClass: VehicleClass,
    @Arg('countedBy', () => CountingMethod, {
      nullable: true,
      defaultValue: CountingMethod.MANUFACTURERS,
      description: "Whose counts to compare (default MANUFACTURERS: new vehicles, as each country's industry counts them).",
    })
    countedBy: CountingMethod,
    @Arg('exporterKind', () => ExporterKind, {
      nullable: true,
      defaultValue: ExporterKind.COUNTRY,
      description: 'Rank countries (default) or automakers.',
    })
    exporterKind: ExporterKind,
    @Arg('includeDoubtful', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Also rank figures flagged doubtful (default false).',
    })
    includeDoubtful: boolean,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Use only figures whose source was published on or before this day (figures with no known publication date are left out).',
    })
    asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<ExporterRank[]> {
    const rows = await ctx.executor.read<{ figure: FigureRecord; exporter: CountryRecord | AutomakerRecord }>(EXPORTER_RANKING, {
      year: getValidYear(year, 'year'),
      flow: flow ?? FigureFlow.EXPORTS,
      metric: metric ?? TradeMetric.UNITS,
      vehicleClass: vehicleClass ?? VehicleClass.ALL_VEHICLES,
      countedBy: countedBy ?? CountingMethod.MANUFACTURERS,
      exporterKind: exporterKind ?? ExporterKind.COUNTRY,
      includeDoubtful: includeDoubtful ?? false,
      asOf: asOf ?? null,
    });
    // The ranking read each exporter's record and the figure's related records with it: no more queries.
    return rows.map((row, i) => ({ rank: i + 1, exporter: row.exporter, figure: row.figure }));
  }
}
