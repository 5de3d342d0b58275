/**
 * Contender (c), the peer: the type definitions @neo4j/graphql 7 generates its schema from, over the
 * same graph Autograph serves (src/seed/seed.kinds.ts: every node carries :Entity plus the label of
 * its kind, which is also its type name here).
 *
 * Everything the workloads read through plain fields and relationships is the library's own
 * generated Cypher (W1, W2, W3, and the nested selections of W5 and W6). Three root fields use
 * @cypher, because the library has no native way to say them:
 * - `search`: one ranked full-text search across seven labels (@fulltext queries one type at a time
 *   and cannot rank results of several types against each other);
 * - `path`: a shortest path (no generated query walks a variable number of relationships);
 * - `exporterRanking`: the preferred figure per exporter, then sorted (a per-group pick needs
 *   `head(collect())` after an ORDER BY, which no generated filter or sort expresses).
 */

import { EXPORTER_RANKING_FIGURES, PATH_CYPHER, SEARCH_CYPHER } from './cypher';

export const TYPE_DEFS = /* GraphQL */ `
enum TradeMetric { UNITS VALUE_USD GROWTH_PERCENT }
enum FigureBasis { OFFICIAL ESTIMATE FORECAST TARGET }
enum VehicleClass { ALL_VEHICLES PASSENGER_CARS LIGHT_VEHICLES NEW_ENERGY_VEHICLES BUSES }
enum CountingMethod { MANUFACTURERS CUSTOMS }
enum MarketKind { COUNTRY REGION }
enum FactoryStatus { OPERATING UNDER_CONSTRUCTION ANNOUNCED CLOSED }
enum ExporterKind { COUNTRY AUTOMAKER }

type Country @node {
  id: ID!
  code: String!
  name: String!
  automakers: [Automaker!]! @relationship(type: "HEADQUARTERED_IN", direction: IN)
  factories: [Factory!]! @relationship(type: "LOCATED_IN", direction: IN)
  exports: [TradeFigure!]! @relationship(type: "EXPORTER", direction: IN)
}

type Automaker @node {
  id: ID!
  name: String!
  country: [Country!]! @relationship(type: "HEADQUARTERED_IN", direction: OUT)
  factories: [Factory!]! @relationship(type: "OPERATES", direction: OUT)
  sellsIn: [Market!]! @relationship(type: "SELLS_IN", direction: OUT, properties: "MarketLink")
  exportsTo: [Market!]! @relationship(type: "EXPORTS_TO", direction: OUT, properties: "MarketLink")
  targets: [Market!]! @relationship(type: "TARGETS", direction: OUT, properties: "MarketLink")
  exports: [TradeFigure!]! @relationship(type: "EXPORTER", direction: IN)
}

"An automaker's link to a market (SELLS_IN, EXPORTS_TO, TARGETS), with its dates and evidence."
type MarketLink @relationshipProperties {
  since: Date
  sincePrecision: String
  until: Date
  untilPrecision: String
  sources: [String!]
}

type Factory @node {
  id: ID!
  name: String!
  city: String
  status: FactoryStatus!
  capacityPerYear: Int
  country: [Country!]! @relationship(type: "LOCATED_IN", direction: OUT)
  operator: [Automaker!]! @relationship(type: "OPERATES", direction: IN)
}

type Market @node {
  id: ID!
  name: String!
  kind: MarketKind!
  countries: [Country!]! @relationship(type: "INCLUDES", direction: OUT)
}

type Organization @node {
  id: ID!
  name: String!
  shortName: String
}

type Source @node {
  id: ID!
  publisher: String!
  title: String!
  url: String
  published: Date
}

type TradeMeasure @node {
  id: ID!
  name: String!
}

type FactoryClaim @node {
  id: ID!
  value: Float!
}

union Exporter = Country | Automaker

type TradeFigure @node {
  id: ID!
  metric: TradeMetric!
  value: Float!
  basis: FigureBasis!
  vehicleClass: VehicleClass!
  countedBy: CountingMethod!
  periodStart: Date!
  periodEnd: Date!
  doubtful: Boolean
  exporter: [Exporter!]! @relationship(type: "EXPORTER", direction: OUT)
  destination: [Market!]! @relationship(type: "DESTINATION", direction: OUT)
  reportedBy: [Organization!]! @relationship(type: "REPORTED_BY", direction: OUT)
  source: [Source!]! @relationship(type: "STATED_IN", direction: OUT)
}

"Anything search and paths may return."
union Entity = Country | Automaker | Factory | Market | Organization | Source | TradeMeasure | TradeFigure | FactoryClaim

"One relationship of a path, as stored (from → to), with the ids of its evidence."
type PeerPathStep {
  type: String!
  from: ID!
  to: ID!
  sourceIds: [ID!]!
}

"A shortest path: its length, the ids and labels of its nodes in order, and its steps."
type PeerPath {
  length: Int!
  nodeIds: [ID!]!
  nodeKinds: [String!]!
  steps: [PeerPathStep!]!
}

type Query {
  "Full-text search over names of every kind of entity, best first (the same index, Lucene query and ranking as Autograph; exact is the text, lower-cased)."
  search(query: String!, exact: String!, limit: Int!): [Entity!]!
    @cypher(statement: """${SEARCH_CYPHER}""", columnName: "node")

  "A shortest path of at most maxHops relationships, either direction, never through sources."
  path(from: ID!, to: ID!, maxHops: Int!): [PeerPath!]!
    @cypher(statement: """${PATH_CYPHER}""", columnName: "path")

  "The preferred worldwide whole-year figure of each exporter, largest value first."
  exporterRanking(year: Int!, metric: TradeMetric!, vehicleClass: VehicleClass!, countedBy: CountingMethod!, exporterKind: ExporterKind!): [TradeFigure!]!
    @cypher(statement: """${EXPORTER_RANKING_FIGURES}""", columnName: "f")
}
`;
