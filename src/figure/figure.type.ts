/** TradeFigure: a number a body or a company published about exports, with its provenance. */

import { createUnionType, Directive, Field, Float, ObjectType } from 'type-graphql';
import { PUBLIC_CACHE_HINT } from '../common/cache-control';
import { DateScalar } from '../common/date.scalar';
import { kindOf, LABEL_BY_KIND } from '../common/ids';
import { Node } from '../common/node.interface';
import { Automaker } from '../automaker/automaker.type';
import { Brand } from '../brand/brand.type';
import { Factory } from '../factory/factory.type';
import { Market } from '../market/market.type';
import { Country } from '../country/country.type';
import type { MarketRecord } from '../market/market.type';
import type { OrganizationRecord } from '../organization/organization.type';
import type { SourceRecord } from '../source/source.type';
import { CountingMethod, FigureBasis, FigureFlow, TradeMetric, VehicleClass } from './figure.enums';

export const Exporter = createUnionType({
  name: 'Exporter',
  description:
    "Whose flow a figure counts: a country (national figures; for SALES, that country's brands), an automaker or a brand (its own), a factory (its output or shipments), or a market (a bloc's imports, a region's production).",
  types: () => [Country, Automaker, Brand, Factory, Market] as const,
  resolveType: (value: { id: string }) => LABEL_BY_KIND[kindOf(value.id)],
});

/** A figure as stored, with the ids of what it links to. */
export interface FigureRecord {
  id: string;
  flow: FigureFlow;
  metric: TradeMetric;
  value: number;
  basis: FigureBasis;
  vehicleClass: VehicleClass;
  countedBy: CountingMethod;
  periodStart: string;
  periodEnd: string;
  doubtful: boolean;
  note: string | null;
  exporterId: string;
  destinationId: string | null;
  reporterId: string | null;
  sourceId: string;
  sourcePublished: string | null;
  /** The related records, when the query that read the figure read them too (FIGURE_WITH_RELATED_PROJECTION). */
  related?: FigureRelatedRecords;
}

/** A figure's destination, producer and source, read with it. */
export interface FigureRelatedRecords {
  destination: MarketRecord | null;
  reporter: OrganizationRecord | null;
  source: SourceRecord | null;
}

@Directive(PUBLIC_CACHE_HINT)
@ObjectType('TradeFigure', {
  implements: Node,
  description:
    'A number about the car trade (exports, imports, production, sales; in vehicles, money, growth or share) for one exporter, destination and period, with who produced it and where it was published.',
})
export class TradeFigure extends Node {
  @Field(() => FigureFlow, {
    description: 'What flow it counts: exports, imports, production, sales or overseas sales (how to read `exporter` and `destination`).',
  })
  flow!: FigureFlow;

  @Field(() => TradeMetric, { description: 'What the value measures.' })
  metric!: TradeMetric;

  @Field(() => Float, { description: 'The number, in the unit of `metric` (vehicles, US dollars, or percent).' })
  value!: number;

  @Field(() => FigureBasis, { description: 'How final the figure is: official, estimate, forecast or target.' })
  basis!: FigureBasis;

  @Field(() => VehicleClass, { description: 'Which vehicles it counts.' })
  vehicleClass!: VehicleClass;

  @Field(() => CountingMethod, { description: 'Who counted: the manufacturers (new vehicles) or customs.' })
  countedBy!: CountingMethod;

  @Field(() => DateScalar, { description: 'First and last day that the figure covers.' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day that the figure covers.' })
  periodEnd!: string;

  @Field({
    description: 'True when the source itself, or a comparison with other sources, casts doubt on the number.',
  })
  doubtful!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'A short note in our own words on what exactly it counts (e.g. "registrations", "fiscal year April–March"), where one is needed.',
  })
  note!: string | null;
}
