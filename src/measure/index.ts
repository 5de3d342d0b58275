/** Trade measures: duties, tariffs, taxes, fees and investigations, and what they bear on. */

export { MeasureLink, MeasureLinkKind, TradeMeasure, TradeMeasureKind, type MeasureLinkRecord, type TradeMeasureRecord } from './measure.type';
export { createMeasureLoaders, type MeasureLoaders } from './measure.loaders';
export {
  AutomakerMeasuresResolver,
  CountryMeasuresResolver,
  FactoryMeasuresResolver,
  MarketMeasuresResolver,
  MeasureLinkResolver,
  TradeMeasureResolver,
} from './measure.resolver';
