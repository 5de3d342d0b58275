/** Cypher of Query.markets: one fixed condition per filter field, one fixed sort expression per order field. */

import type { ConnectionSpec, OrderKey } from '../common/connection';
import { OrderDirection } from '../common/order-direction.enum';
import { MARKET_PROJECTION } from './market.repository';
import { MarketOrderField } from './market.order';

/** Conditions over `m`, one per MarketFilter field; each reads only the parameter of its name. */
export const MARKET_FILTER_CONDITIONS = {
  kind: 'm.kind = $kind',
  includesCountry: 'EXISTS { (m)-[:INCLUDES]->(:Country {id: $includesCountry}) }',
  nameContains: 'toLower(m.name) CONTAINS toLower($nameContains)',
} as const;

export const MARKET_ORDER_KEYS: Record<MarketOrderField, OrderKey> = {
  [MarketOrderField.ID]: { expression: 'm.id', type: 'string' },
  [MarketOrderField.NAME]: { expression: 'm.name', type: 'string' },
};

export const MARKET_CONNECTION: ConnectionSpec<MarketOrderField> = {
  kind: 'market',
  label: 'Market',
  variable: 'm',
  projection: MARKET_PROJECTION,
  orders: MARKET_ORDER_KEYS,
  defaultOrder: { field: MarketOrderField.ID, direction: OrderDirection.ASC },
};
