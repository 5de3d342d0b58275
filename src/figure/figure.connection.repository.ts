/** Cypher of Query.tradeFigures: one fixed condition per filter field, one fixed sort expression per order field. */

import type { ConnectionSpec, OrderKey } from '../common/connection';
import { OrderDirection } from '../common/order-direction.enum';
import { isAnyPlace } from '../market/place.cypher';
import { FIGURE_PROJECTION } from './figure.repository';
import { TradeFigureOrderField } from './figure.order';

/** Conditions over `f`, one per TradeFigureConnectionFilter field; each reads only the parameter of its name. */
export const FIGURE_FILTER_CONDITIONS = {
  exporters: 'EXISTS { (f)-[:EXPORTER]->(filterExporter) WHERE filterExporter.id IN $exporters }',
  destinations: `EXISTS { (f)-[:DESTINATION]->(filterDestination:Market) WHERE ${isAnyPlace('filterDestination', '$destinations')} }`,
  flows: 'f.flow IN $flows',
  worldwide: '(NOT EXISTS { (f)-[:DESTINATION]->() }) = $worldwide',
  metric: 'f.metric = $metric',
  bases: 'f.basis IN $bases',
  vehicleClass: 'f.vehicleClass = $vehicleClass',
  countedBy: 'f.countedBy = $countedBy',
  reportedBy: 'EXISTS { (f)-[:REPORTED_BY]->(:Organization {id: $reportedBy}) }',
  source: 'EXISTS { (f)-[:STATED_IN]->(:Source {id: $source}) }',
  doubtful: 'coalesce(f.doubtful, false) = $doubtful',
} as const;

/** Period conditions: WITHIN keeps figures whose whole period lies in the range, OVERLAPS those sharing a day with it. */
export const FIGURE_PERIOD_CONDITIONS = {
  WITHIN: { from: 'f.periodStart >= date($periodFrom)', to: 'f.periodEnd <= date($periodTo)' },
  OVERLAPS: { from: 'f.periodEnd >= date($periodFrom)', to: 'f.periodStart <= date($periodTo)' },
} as const;

export const FIGURE_ORDER_KEYS: Record<TradeFigureOrderField, OrderKey> = {
  [TradeFigureOrderField.ID]: { expression: 'f.id', type: 'string' },
  [TradeFigureOrderField.VALUE]: { expression: 'f.value', type: 'number' },
  [TradeFigureOrderField.PERIOD_START]: { expression: 'f.periodStart', type: 'date' },
  [TradeFigureOrderField.PUBLISHED]: {
    expression: 'head([(f)-[:STATED_IN]->(statedIn:Source) | statedIn.published])',
    type: 'date',
  },
};

export const FIGURE_CONNECTION: ConnectionSpec<TradeFigureOrderField> = {
  kind: 'figure',
  label: 'TradeFigure',
  variable: 'f',
  projection: FIGURE_PROJECTION,
  orders: FIGURE_ORDER_KEYS,
  defaultOrder: { field: TradeFigureOrderField.ID, direction: OrderDirection.ASC },
};
