/** Cypher of Query.factories: one fixed condition per filter field, one fixed sort expression per order field. */

import type { ConnectionSpec, OrderKey } from '../common/connection';
import { OrderDirection } from '../common/order-direction.enum';
import { FACTORY_PROJECTION } from './factory.repository';
import { FactoryOrderField } from './factory.order';

/** Conditions over `f`, one per FactoryFilter field; each reads only the parameter of its name. */
export const FACTORY_FILTER_CONDITIONS = {
  countries: 'EXISTS { (f)-[:LOCATED_IN]->(filterCountry:Country) WHERE filterCountry.id IN $countries }',
  automakers: 'EXISTS { (f)<-[:OPERATES]-(filterAutomaker:Automaker) WHERE filterAutomaker.id IN $automakers }',
  operatorCountries:
    'EXISTS { (f)<-[:OPERATES]-(:Automaker)-[:HEADQUARTERED_IN]->(filterHome:Country) WHERE filterHome.id IN $operatorCountries }',
  notInCountries: 'NOT EXISTS { (f)-[:LOCATED_IN]->(filterOutside:Country) WHERE filterOutside.id IN $notInCountries }',
  statuses: 'f.status IN $statuses',
  product: 'any(product IN coalesce(f.products, []) WHERE toLower(product) CONTAINS toLower($product))',
  nameContains: 'toLower(f.name) CONTAINS toLower($nameContains)',
  openedFrom: 'f.opened >= date($openedFrom)',
  openedTo: 'f.opened <= date($openedTo)',
  role: '$role IN coalesce(f.roles, [])',
} as const;

export const FACTORY_ORDER_KEYS: Record<FactoryOrderField, OrderKey> = {
  [FactoryOrderField.ID]: { expression: 'f.id', type: 'string' },
  [FactoryOrderField.NAME]: { expression: 'f.name', type: 'string' },
  [FactoryOrderField.OPENED]: { expression: 'f.opened', type: 'date' },
  [FactoryOrderField.CAPACITY]: { expression: 'f.capacityPerYear', type: 'number' },
};

export const FACTORY_CONNECTION: ConnectionSpec<FactoryOrderField> = {
  kind: 'factory',
  label: 'Factory',
  variable: 'f',
  projection: FACTORY_PROJECTION,
  orders: FACTORY_ORDER_KEYS,
  defaultOrder: { field: FactoryOrderField.ID, direction: OrderDirection.ASC },
};
