/**
 * The enums of graph exploration (kinds of entity, relationship types, a step's direction) and the
 * allow-lists that turn them into Neo4j labels and relationship types.
 */

import { registerEnumType } from 'type-graphql';
import { graphqlEnum } from '../common/graphql-enum';
import {
  ENTITY_KINDS,
  LABEL_BY_ENTITY_KIND as LABELS,
  LINK_TYPES as TYPES,
  RELATIONSHIPS,
  type Label,
  type RelationshipTypeName,
} from '../common/vocabulary';

export const EntityKind = graphqlEnum(ENTITY_KINDS);
export type EntityKind = keyof typeof ENTITY_KINDS.values;

/** The Neo4j label of each kind: the only labels a request can make a query look for. */
export const LABEL_BY_ENTITY_KIND: Readonly<Record<EntityKind, Label>> = LABELS;

export const RelationshipType = graphqlEnum({
  name: 'RelationshipType',
  description:
    'A type of relationship between entities, named as stored (and as in PathStep.type and GraphEdge.type). A figure\'s link to the source that states it is evidence, not a relationship to follow, so it is not here.',
  values: Object.fromEntries(TYPES.map((type) => [type, RELATIONSHIPS[type].description])) as Record<RelationshipTypeName, string>,
});
export type RelationshipType = RelationshipTypeName;

/**
 * The Neo4j relationship type of each enum value: the only types a request can name. The enum and
 * this allow-list are the same table (common/vocabulary.ts): a type is followable exactly when the
 * vocabulary lists it among the relationships between entities.
 */
export const NEO4J_TYPE_BY_RELATIONSHIP_TYPE: Readonly<Record<RelationshipType, string>> = Object.fromEntries(
  TYPES.map((type) => [type, type]),
) as Record<RelationshipType, string>;

/** Every relationship type paths and neighbourhoods may follow, in a fixed order. */
export const LINK_TYPES: readonly string[] = TYPES;

export enum PathDirection {
  FORWARD = 'FORWARD',
  BACKWARD = 'BACKWARD',
}

registerEnumType(PathDirection, {
  name: 'PathDirection',
  description: 'Whether a path walks a relationship the way it is stored or against it.',
  valuesConfig: {
    FORWARD: { description: 'The relationship points along the path: its `from` is the earlier node of the path, its `to` the later one.' },
    BACKWARD: { description: 'The relationship points back: the path walks from its `to` to its `from`.' },
  },
});

/** The Neo4j labels for some kinds (an absent list gives none), de-duplicated. */
export function labelsOf(kinds: readonly EntityKind[] | null | undefined): string[] {
  return [...new Set((kinds ?? []).map((kind) => allowed(LABEL_BY_ENTITY_KIND, kind, 'EntityKind')))];
}

/** The Neo4j relationship types for some enum values (an absent list gives none), de-duplicated. */
export function neo4jTypesOf(types: readonly RelationshipType[] | null | undefined): string[] {
  return [...new Set((types ?? []).map((type) => allowed(NEO4J_TYPE_BY_RELATIONSHIP_TYPE, type, 'RelationshipType')))];
}

// GraphQL has already checked enum values; this guards callers inside the server.
function allowed<K extends string>(table: Readonly<Record<K, string>>, key: K, enumName: string): string {
  if (!Object.prototype.hasOwnProperty.call(table, key)) {
    throw new Error(`${JSON.stringify(key)} is not a ${enumName} value.`);
  }
  return table[key];
}
