/** Trade figures: the numbers, with their provenance, and the ranking built on them. */

export { TradeFigure, Exporter, type FigureRecord } from './figure.type';
export { CountingMethod, ExporterKind, FigureBasis, FigureFlow, TradeMetric, VehicleClass } from './figure.enums';
export { TradeFigureFilter } from './figure.filter';
export { createFigureLoaders, type FigureLoaders } from './figure.loaders';
export { FigureResolver, ExporterRank, loadExports, loadExporter, loadFigureList } from './figure.resolver';
export { TradeFigureConnection, TradeFigureConnectionResolver } from './figure.connection';
export { PeriodMatch, TradeFigureConnectionFilter, figureConnectionFilterClause } from './figure.connection-filter';
export { TradeFigureOrder, TradeFigureOrderField } from './figure.order';
export { FIGURE_PROJECTION, FIGURE_WITH_RELATED_PROJECTION } from './figure.repository';
export { COMPETING_PROPERTIES, FIGURE_PUBLISHED, PREFERENCE_ORDER, PUBLISHED_AS_OF } from './figure.preference';
