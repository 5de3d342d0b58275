/**
 * The GraphQL documents the charts send, and the shapes of their answers: one request per chart
 * (several entities and flows of a series through aliases).
 */

import type { CountingMethod, FigureBasis, FigureFlow, TradeMetric, VehicleClass } from './vocabulary';
import { FLOWS } from './vocabulary';
import { idKind } from './state';

export interface SourceData {
  id: string;
  publisher: string;
  title: string;
  url: string | null;
  published: string | null;
  publishedPrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
}

/** A trade figure with what its details panel and its CSV row need. */
export interface FigureData {
  id: string;
  value: number;
  basis: FigureBasis;
  periodStart: string;
  periodEnd: string;
  note: string | null;
  doubtful: boolean;
  reportedBy: { name: string; shortName: string | null } | null;
  source: SourceData;
}

const SOURCE_FIELDS = 'id publisher title url published publishedPrecision';

const FIGURE_FRAGMENT = `fragment ChartFigure on TradeFigure {
  id value basis periodStart periodEnd note doubtful
  reportedBy { name shortName }
  source { ${SOURCE_FIELDS} }
}`;

// ─── Series ───────────────────────────────────────────────────────────────────────────────────

export interface SeriesPointData {
  year: number;
  value: number;
  alternatives: number;
  figure: FigureData;
}

export interface SeriesEntityData {
  id: string;
  name: string;
  /** One list per flow asked, under the alias f<index of the flow>. */
  [alias: `f${number}`]: SeriesPointData[];
}

/** Each entity under the alias e<index of its id>; null when the id names nothing. */
export type SeriesData = Record<`e${number}`, SeriesEntityData | null>;

/** The root field that reads an entity of an id's kind (country:CN -> country). */
export function rootField(id: string): string {
  const kind = idKind(id);
  if (!/^[a-z]+$/.test(kind)) throw new Error(`Not an entity id: ${id}`);
  return kind;
}

/**
 * One request for every line: each entity (its id a variable) once, with one `series` per flow.
 * Flows are enum literals checked against the schema's list, never text from the address.
 */
export function seriesDocument(ids: readonly string[], flows: readonly FigureFlow[]): string {
  for (const flow of flows) if (!FLOWS.includes(flow)) throw new Error(`Not a flow: ${flow}`);
  const args = 'from: $from, to: $to, metric: $metric, vehicleClass: $vehicleClass, countedBy: $countedBy';
  const entities = ids.map(
    (id, e) =>
      `  e${e}: ${rootField(id)}(id: $id${e}) {\n    id\n    name\n` +
      flows.map((flow, f) => `    f${f}: series(flow: ${flow}, ${args}) { ...ChartPoint }\n`).join('') +
      '  }\n',
  );
  const variables = ['$from: Int', '$to: Int', '$metric: TradeMetric!', '$vehicleClass: VehicleClass!', '$countedBy: CountingMethod!', ...ids.map((_, e) => `$id${e}: ID!`)];
  return `query ChartSeries(${variables.join(', ')}) {\n${entities.join('')}}\n\nfragment ChartPoint on SeriesPoint {\n  year value alternatives\n  figure { ...ChartFigure }\n}\n\n${FIGURE_FRAGMENT}\n`;
}

export interface SeriesVariables {
  from: number | null;
  to: number | null;
  metric: TradeMetric;
  vehicleClass: VehicleClass;
  countedBy: CountingMethod;
  [id: `id${number}`]: string;
}

export function seriesVariables(state: { ids: readonly string[]; from: number | null; to: number | null; metric: TradeMetric; vehicleClass: VehicleClass; countedBy: CountingMethod }): SeriesVariables {
  const variables: SeriesVariables = { from: state.from, to: state.to, metric: state.metric, vehicleClass: state.vehicleClass, countedBy: state.countedBy };
  state.ids.forEach((id, e) => {
    variables[`id${e}`] = id;
  });
  return variables;
}

// ─── Rankings ─────────────────────────────────────────────────────────────────────────────────

/** At most this many bars per ranking: more would not read on a phone. */
export const RANKS = 25;

export interface NamedData {
  __typename: string;
  id: string;
  name: string;
}

/** What every ranking has: its period and measure. */
export interface RankingData {
  periodStart: string;
  periodEnd: string;
  metric: TradeMetric;
  vehicleClass: VehicleClass;
  countedBy: CountingMethod;
}

export interface DestinationRankingData extends RankingData {
  reportedBy: { name: string; shortName: string | null } | null;
  destinations: number;
  ranks: { rank: number; market: NamedData; figure: FigureData }[];
}

export interface DestinationsData {
  place: { id: string; name: string; exportDestinations: DestinationRankingData[] } | null;
}

export function destinationsDocument(id: string): string {
  return `query ChartDestinations($id: ID!, $year: Int!, $first: Int) {
  place: ${rootField(id)}(id: $id) {
    id
    name
    exportDestinations(year: $year, first: $first) {
      reportedBy { name shortName }
      periodStart periodEnd metric vehicleClass countedBy destinations
      ranks { rank market { __typename id name } figure { ...ChartFigure } }
    }
  }
}

${FIGURE_FRAGMENT}
`;
}

export interface PlaceRankingData extends RankingData {
  entries: number;
  ranks: { rank: number; subject: NamedData; figure: FigureData }[];
}

export interface SellerLinkData {
  seller: NamedData;
  sellerCountry: { id: string; name: string } | null;
  kind: string;
  status: string;
  since: string | null;
  sincePrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
  until: string | null;
  untilPrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
  channels: string[];
  partner: string | null;
  dealers: number | null;
  sources: SourceData[];
}

export interface SellersData {
  place: { id: string; name: string; rankings: PlaceRankingData[]; sellers: SellerLinkData[] } | null;
}

const SELLER = '__typename ... on Automaker { id name } ... on Brand { id name } ... on Factory { id name }';
const EXPORTER = `${SELLER} ... on Country { id name } ... on Market { id name }`;

export function sellersDocument(id: string): string {
  return `query ChartSellers($id: ID!, $year: Int!, $first: Int, $sellerCountry: ID) {
  place: ${rootField(id)}(id: $id) {
    id
    name
    rankings(year: $year, flow: SALES, first: $first) {
      periodStart periodEnd metric vehicleClass countedBy entries
      ranks { rank subject { ${EXPORTER} } figure { ...ChartFigure } }
    }
    sellers(filter: { sellerCountry: $sellerCountry }, orderBy: ENTRY) {
      seller { ${SELLER} }
      sellerCountry { id name }
      kind status since sincePrecision until untilPrecision channels partner dealers
      sources { ${SOURCE_FIELDS} }
    }
  }
}

${FIGURE_FRAGMENT}
`;
}
