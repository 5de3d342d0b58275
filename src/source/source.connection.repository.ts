/** Cypher of Query.sources: one fixed condition per filter field, one fixed sort expression per order field. */

import type { ConnectionSpec, OrderKey } from '../common/connection';
import { OrderDirection } from '../common/order-direction.enum';
import { SOURCE_PROJECTION } from './source.repository';
import { SourceOrderField } from './source.order';

/** Conditions over `s`, one per SourceFilter field; each reads only the parameter of its name. */
export const SOURCE_FILTER_CONDITIONS = {
  publisherContains: 'toLower(s.publisher) CONTAINS toLower($publisherContains)',
  kind: 's.kind = $kind',
  publishedFrom: 's.published >= date($publishedFrom)',
  publishedTo: 's.published <= date($publishedTo)',
  // The pattern is built in code from a host name of letters, digits, dots and hyphens (escaped).
  urlHostContains: 's.url =~ $urlHostPattern',
} as const;

export const SOURCE_ORDER_KEYS: Record<SourceOrderField, OrderKey> = {
  [SourceOrderField.ID]: { expression: 's.id', type: 'string' },
  [SourceOrderField.PUBLISHED]: { expression: 's.published', type: 'date' },
  [SourceOrderField.PUBLISHER]: { expression: 's.publisher', type: 'string' },
  [SourceOrderField.TITLE]: { expression: 's.title', type: 'string' },
};

export const SOURCE_CONNECTION: ConnectionSpec<SourceOrderField> = {
  kind: 'source',
  label: 'Source',
  variable: 's',
  projection: SOURCE_PROJECTION,
  orders: SOURCE_ORDER_KEYS,
  defaultOrder: { field: SourceOrderField.ID, direction: OrderDirection.ASC },
};
