/** Enums that say what a trade figure measures and how far to trust it. */

import { registerEnumType } from 'type-graphql';

export enum TradeMetric {
  UNITS = 'UNITS',
  VALUE_USD = 'VALUE_USD',
  GROWTH_PERCENT = 'GROWTH_PERCENT',
}

registerEnumType(TradeMetric, {
  name: 'TradeMetric',
  description: 'What a figure measures.',
  valuesConfig: {
    UNITS: { description: 'Vehicles' },
    VALUE_USD: { description: 'US dollars' },
    GROWTH_PERCENT: { description: 'Change against the same period a year earlier, in percent' },
  },
});

export enum FigureBasis {
  OFFICIAL = 'OFFICIAL',
  ESTIMATE = 'ESTIMATE',
  FORECAST = 'FORECAST',
  TARGET = 'TARGET',
}

registerEnumType(FigureBasis, {
  name: 'FigureBasis',
  description: 'How final a figure is. Where figures compete, OFFICIAL beats ESTIMATE beats FORECAST beats TARGET.',
  valuesConfig: {
    OFFICIAL: { description: 'Final figures from the publishing body' },
    ESTIMATE: { description: "A body's estimate before official figures" },
    FORECAST: { description: 'A projection' },
    TARGET: { description: "A company's or government's goal" },
  },
});

export enum VehicleClass {
  ALL_VEHICLES = 'ALL_VEHICLES',
  PASSENGER_CARS = 'PASSENGER_CARS',
  LIGHT_VEHICLES = 'LIGHT_VEHICLES',
  NEW_ENERGY_VEHICLES = 'NEW_ENERGY_VEHICLES',
  BUSES = 'BUSES',
}

registerEnumType(VehicleClass, {
  name: 'VehicleClass',
  description: 'Which vehicles a figure counts. Figures of different classes are not alternatives of each other.',
  valuesConfig: {
    ALL_VEHICLES: { description: 'Passenger cars and commercial vehicles (buses, trucks).' },
    PASSENGER_CARS: { description: 'Passenger cars only.' },
    LIGHT_VEHICLES: { description: 'Passenger cars and light commercial vehicles.' },
    NEW_ENERGY_VEHICLES: {
      description: 'Battery-electric, plug-in hybrid and fuel-cell vehicles (China\'s "NEV").',
    },
    BUSES: { description: 'Buses only.' },
  },
});

export enum CountingMethod {
  MANUFACTURERS = 'MANUFACTURERS',
  CUSTOMS = 'CUSTOMS',
}

registerEnumType(CountingMethod, {
  name: 'CountingMethod',
  description:
    'Who counted the vehicles. Customs counts and manufacturers\' counts differ (customs may include used vehicles), so they are ranked separately.',
  valuesConfig: {
    MANUFACTURERS: {
      description: "New vehicles shipped abroad, as counted by the makers or their association (CAAM, JAMA, CPCA…).",
    },
    CUSTOMS: { description: 'Vehicles cleared by customs; may include used vehicles.' },
  },
});

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
