/** Cypher of Query.countries: one fixed condition per filter field, one fixed sort expression per order field. */

import type { ConnectionSpec, OrderKey } from '../common/connection';
import { OrderDirection } from '../common/order-direction.enum';
import { COUNTRY_PROJECTION } from './country.repository';
import { CountryOrderField } from './country.order';

/** Conditions over `c`, one per CountryFilter field; each reads only the parameter of its name. */
export const COUNTRY_FILTER_CONDITIONS = {
  nameContains: 'toLower(c.name) CONTAINS toLower($nameContains)',
  codes: 'c.code IN $codes',
  hasFactories: 'EXISTS { (c)<-[:LOCATED_IN]-(:Factory) } = $hasFactories',
  exporter: 'EXISTS { (c)<-[:EXPORTER]-(:TradeFigure) } = $exporter',
  memberOf: 'EXISTS { (c)<-[:INCLUDES]-(:Market {id: $memberOf}) }',
} as const;

export const COUNTRY_ORDER_KEYS: Record<CountryOrderField, OrderKey> = {
  [CountryOrderField.ID]: { expression: 'c.id', type: 'string' },
  [CountryOrderField.NAME]: { expression: 'c.name', type: 'string' },
};

export const COUNTRY_CONNECTION: ConnectionSpec<CountryOrderField> = {
  kind: 'country',
  label: 'Country',
  variable: 'c',
  projection: COUNTRY_PROJECTION,
  orders: COUNTRY_ORDER_KEYS,
  defaultOrder: { field: CountryOrderField.ID, direction: OrderDirection.ASC },
};
