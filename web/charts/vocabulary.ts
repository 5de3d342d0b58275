/**
 * The words the charts use for the schema's enums, one table per enum. Each is keyed by the enum's
 * generated type, so a value added to the schema fails the type check until it has its words here.
 */

import type { CountingMethod, FigureBasis, FigureFlow, TradeMetric, VehicleClass } from '../../schema/generated/graphql';

export type { CountingMethod, FigureBasis, FigureFlow, TradeMetric, VehicleClass };

/** The flows a series can draw, in the order the controls list them. */
export const FLOW_LABELS: Readonly<Record<FigureFlow, string>> = {
  EXPORTS: 'Exports',
  PRODUCTION: 'Production',
  SALES: 'Sales',
  IMPORTS: 'Imports',
  OVERSEAS_SALES: 'Overseas sales',
};

/** What a figure measures, as a control and an axis say it. */
export const METRIC_LABELS: Readonly<Record<TradeMetric, string>> = {
  UNITS: 'Vehicles (units)',
  SHARE_PERCENT: 'Share (%)',
  GROWTH_PERCENT: 'Growth on a year earlier (%)',
  VALUE_USD: 'US dollars',
  VALUE_EUR: 'Euros',
  VALUE_GBP: 'Pounds sterling',
  VALUE_JPY: 'Japanese yen',
};

export const VEHICLE_CLASS_LABELS: Readonly<Record<VehicleClass, string>> = {
  ALL_VEHICLES: 'All vehicles',
  PASSENGER_CARS: 'Passenger cars',
  LIGHT_VEHICLES: 'Light vehicles',
  COMMERCIAL_VEHICLES: 'Commercial vehicles',
  BUSES: 'Buses',
  NEW_ENERGY_VEHICLES: 'New-energy vehicles (EV, PHEV, FCEV)',
};

export const COUNTED_BY_LABELS: Readonly<Record<CountingMethod, string>> = {
  MANUFACTURERS: 'Manufacturers (new vehicles)',
  CUSTOMS: 'Customs (may include used)',
};

export const BASIS_LABELS: Readonly<Record<FigureBasis, string>> = {
  OFFICIAL: 'Official',
  ESTIMATE: 'Estimate',
  FORECAST: 'Forecast',
  TARGET: 'Target (a goal, not a count)',
};

/** The keys of a label table, in its order. */
export function keysOf<K extends string>(table: Readonly<Record<K, string>>): K[] {
  return Object.keys(table) as K[];
}

export const FLOWS = keysOf(FLOW_LABELS);
export const METRICS = keysOf(METRIC_LABELS);
export const VEHICLE_CLASSES = keysOf(VEHICLE_CLASS_LABELS);
export const COUNTING_METHODS = keysOf(COUNTED_BY_LABELS);

/** A value in the unit of its metric: "4,910,000", "7%", "US$6,200,000,000", "¥1,200". */
export function formatValue(value: number, metric: string): string {
  const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
  switch (metric) {
    case 'SHARE_PERCENT':
    case 'GROWTH_PERCENT':
      return `${number}%`;
    case 'VALUE_USD':
      return `US$${number}`;
    case 'VALUE_EUR':
      return `€${number}`;
    case 'VALUE_GBP':
      return `£${number}`;
    case 'VALUE_JPY':
      return `¥${number}`;
    default:
      return number;
  }
}

/** A value made short for an axis or a bar's label: "4.91M", "7%", "US$6.2B". */
export function formatShortValue(value: number, metric: string): string {
  const short = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
  switch (metric) {
    case 'SHARE_PERCENT':
    case 'GROWTH_PERCENT':
      return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(value)}%`;
    case 'VALUE_USD':
      return `US$${short}`;
    case 'VALUE_EUR':
      return `€${short}`;
    case 'VALUE_GBP':
      return `£${short}`;
    case 'VALUE_JPY':
      return `¥${short}`;
    default:
      return short;
  }
}
