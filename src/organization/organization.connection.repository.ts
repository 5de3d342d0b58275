/** Cypher of Query.organizations: one fixed condition per filter field, one fixed sort expression per order field. */

import type { ConnectionSpec, OrderKey } from '../common/connection';
import { OrderDirection } from '../common/order-direction.enum';
import { ORGANIZATION_PROJECTION } from './organization.repository';
import { OrganizationOrderField } from './organization.order';

/** Conditions over `o`, one per OrganizationFilter field; each reads only the parameter of its name. */
export const ORGANIZATION_FILTER_CONDITIONS = {
  country: 'EXISTS { (o)-[:BASED_IN]->(:Country {id: $country}) }',
  nameContains:
    '(toLower(o.name) CONTAINS toLower($nameContains) OR toLower(o.shortName) CONTAINS toLower($nameContains))',
} as const;

export const ORGANIZATION_ORDER_KEYS: Record<OrganizationOrderField, OrderKey> = {
  [OrganizationOrderField.ID]: { expression: 'o.id', type: 'string' },
  [OrganizationOrderField.NAME]: { expression: 'o.name', type: 'string' },
};

export const ORGANIZATION_CONNECTION: ConnectionSpec<OrganizationOrderField> = {
  kind: 'org',
  label: 'Organization',
  variable: 'o',
  projection: ORGANIZATION_PROJECTION,
  orders: ORGANIZATION_ORDER_KEYS,
  defaultOrder: { field: OrganizationOrderField.ID, direction: OrderDirection.ASC },
};
