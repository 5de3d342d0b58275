/** Enums that say what a trade figure measures and how far to trust it. */

import { registerEnumType } from 'type-graphql';
import { graphqlEnum } from '../common/graphql-enum';
import { COUNTING_METHODS, FIGURE_BASES, FIGURE_FLOWS, TRADE_METRICS, VEHICLE_CLASSES } from '../common/vocabulary';

export const FigureFlow = graphqlEnum(FIGURE_FLOWS);
export type FigureFlow = keyof typeof FIGURE_FLOWS.values;

export const TradeMetric = graphqlEnum(TRADE_METRICS);
export type TradeMetric = keyof typeof TRADE_METRICS.values;

export const FigureBasis = graphqlEnum(FIGURE_BASES);
export type FigureBasis = keyof typeof FIGURE_BASES.values;

export const VehicleClass = graphqlEnum(VEHICLE_CLASSES);
export type VehicleClass = keyof typeof VEHICLE_CLASSES.values;

export const CountingMethod = graphqlEnum(COUNTING_METHODS);
export type CountingMethod = keyof typeof COUNTING_METHODS.values;

export enum ExporterKind {
  COUNTRY = 'COUNTRY',
  AUTOMAKER = 'AUTOMAKER',
}

registerEnumType(ExporterKind, {
  name: 'ExporterKind',
  description: 'Whether an exporter is a country or an automaker.',
  valuesConfig: {
    COUNTRY: { description: 'Countries, by their national export figures.' },
    AUTOMAKER: { description: 'Automakers, by their own export figures.' },
  },
});

/** Rank of each basis where figures compete: lower wins. */
export const BASIS_PRECEDENCE: Record<FigureBasis, number> = {
  OFFICIAL: 0,
  ESTIMATE: 1,
  FORECAST: 2,
  TARGET: 3,
};
