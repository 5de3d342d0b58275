/**
 * The enums of graph exploration (kinds of entity, relationship types, a step's direction) and the
 * allow-lists that turn them into Neo4j labels and relationship types.
 */

import { registerEnumType } from 'type-graphql';

export enum EntityKind {
  COUNTRY = 'COUNTRY',
  AUTOMAKER = 'AUTOMAKER',
  FACTORY = 'FACTORY',
  MARKET = 'MARKET',
  ORGANIZATION = 'ORGANIZATION',
  FIGURE = 'FIGURE',
}

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description:
    'A kind of entity that paths and neighbourhoods go through. Sources are not among them: they are the evidence for relationships, never a hop.',
  valuesConfig: {
    COUNTRY: { description: 'A country (Country, ids country:<code>).' },
    AUTOMAKER: { description: 'An automaker (Automaker, ids automaker:<slug>).' },
    FACTORY: { description: 'A factory (Factory, ids factory:<slug>).' },
    MARKET: { description: 'A market: one country or a region (Market, ids market:<slug>).' },
    ORGANIZATION: { description: 'An organization that reports figures, e.g. a customs office (Organization, ids org:<slug>).' },
    FIGURE: { description: 'A trade figure (TradeFigure, ids figure:<slug>), linked to its exporter, destination and reporter.' },
  },
});

/** The Neo4j label of each kind: the only labels a request can make a query look for. */
export const LABEL_BY_ENTITY_KIND: Readonly<Record<EntityKind, string>> = {
  [EntityKind.COUNTRY]: 'Country',
  [EntityKind.AUTOMAKER]: 'Automaker',
  [EntityKind.FACTORY]: 'Factory',
  [EntityKind.MARKET]: 'Market',
  [EntityKind.ORGANIZATION]: 'Organization',
  [EntityKind.FIGURE]: 'TradeFigure',
};

export enum RelationshipType {
  HEADQUARTERED_IN = 'HEADQUARTERED_IN',
  OPERATES = 'OPERATES',
  LOCATED_IN = 'LOCATED_IN',
  SELLS_IN = 'SELLS_IN',
  EXPORTS_TO = 'EXPORTS_TO',
  TARGETS = 'TARGETS',
  INCLUDES = 'INCLUDES',
  BASED_IN = 'BASED_IN',
  EXPORTER = 'EXPORTER',
  DESTINATION = 'DESTINATION',
  REPORTED_BY = 'REPORTED_BY',
}

registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description:
    'A type of relationship between entities, named as stored (and as in PathStep.type and GraphEdge.type). A figure\'s link to the source that states it is evidence, not a relationship to follow, so it is not here.',
  valuesConfig: {
    HEADQUARTERED_IN: { description: 'Automaker → Country: where the automaker has its headquarters.' },
    OPERATES: { description: 'Automaker → Factory: the automaker runs the factory.' },
    LOCATED_IN: { description: 'Factory → Country: where the factory stands.' },
    SELLS_IN: { description: 'Automaker → Market: sells vehicles there (may have since/until).' },
    EXPORTS_TO: { description: 'Automaker → Market: ships vehicles there from another country (may have since/until).' },
    TARGETS: { description: 'Automaker → Market: has announced plans for the market (may have since/until).' },
    INCLUDES: { description: 'Market → Country: the market covers that country.' },
    BASED_IN: { description: 'Organization → Country: where the organization is based.' },
    EXPORTER: { description: 'TradeFigure → Country or Automaker: whose exports the figure counts.' },
    DESTINATION: { description: 'TradeFigure → Market: where the counted exports went.' },
    REPORTED_BY: { description: 'TradeFigure → Organization: who produced the figure.' },
  },
});

/**
 * The Neo4j relationship type of each enum value: the only types a request can name. Written out
 * rather than derived so that adding an enum value cannot silently widen what queries follow.
 */
export const NEO4J_TYPE_BY_RELATIONSHIP_TYPE: Readonly<Record<RelationshipType, string>> = {
  [RelationshipType.HEADQUARTERED_IN]: 'HEADQUARTERED_IN',
  [RelationshipType.OPERATES]: 'OPERATES',
  [RelationshipType.LOCATED_IN]: 'LOCATED_IN',
  [RelationshipType.SELLS_IN]: 'SELLS_IN',
  [RelationshipType.EXPORTS_TO]: 'EXPORTS_TO',
  [RelationshipType.TARGETS]: 'TARGETS',
  [RelationshipType.INCLUDES]: 'INCLUDES',
  [RelationshipType.BASED_IN]: 'BASED_IN',
  [RelationshipType.EXPORTER]: 'EXPORTER',
  [RelationshipType.DESTINATION]: 'DESTINATION',
  [RelationshipType.REPORTED_BY]: 'REPORTED_BY',
};

/** Every relationship type paths and neighbourhoods may follow, in a fixed order. */
export const LINK_TYPES: readonly string[] = Object.values(NEO4J_TYPE_BY_RELATIONSHIP_TYPE);

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
