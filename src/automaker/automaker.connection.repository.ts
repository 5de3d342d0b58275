/** Cypher of Query.automakers: one fixed condition per filter field, one fixed sort expression per order field. */

import type { ConnectionSpec, OrderKey } from '../common/connection';
import { OrderDirection } from '../common/order-direction.enum';
import { MARKET_LINK_TYPES, typeAlternation } from '../common/vocabulary';
import { isPlace } from '../market/place.cypher';
import { AUTOMAKER_PROJECTION } from './automaker.repository';
import { AutomakerOrderField } from './automaker.order';

/** Conditions over `a`, one per AutomakerFilter field; each reads only the parameter of its name. */
export const AUTOMAKER_FILTER_CONDITIONS = {
  countries: 'EXISTS { (a)-[:HEADQUARTERED_IN]->(filterCountry:Country) WHERE filterCountry.id IN $countries }',
  nameContains: 'toLower(a.name) CONTAINS toLower($nameContains)',
  hasFactoryIn: 'EXISTS { (a)-[:OPERATES]->(:Factory)-[:LOCATED_IN]->(:Country {id: $hasFactoryIn}) }',
  market: `EXISTS { (a)-[:${typeAlternation(MARKET_LINK_TYPES)}]->(m:Market) WHERE ${isPlace('m', '$market')} }`,
  hasFigures: 'EXISTS { (a)<-[:EXPORTER]-(:TradeFigure) } = $hasFigures',
} as const;

export const AUTOMAKER_ORDER_KEYS: Record<AutomakerOrderField, OrderKey> = {
  [AutomakerOrderField.ID]: { expression: 'a.id', type: 'string' },
  [AutomakerOrderField.NAME]: { expression: 'a.name', type: 'string' },
};

export const AUTOMAKER_CONNECTION: ConnectionSpec<AutomakerOrderField> = {
  kind: 'automaker',
  label: 'Automaker',
  variable: 'a',
  projection: AUTOMAKER_PROJECTION,
  orders: AUTOMAKER_ORDER_KEYS,
  defaultOrder: { field: AutomakerOrderField.ID, direction: OrderDirection.ASC },
  // The first automakers page handed out "cursor:v1:<id>" cursors; they still work for the default order.
  acceptIdCursor: true,
};
