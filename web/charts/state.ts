/**
 * What the charts page shows, as one value: the view and each view's choices, read from and written
 * to the address's query string so that a chart can be shared by its link.
 */

import {
  COUNTING_METHODS,
  FLOWS,
  METRICS,
  VEHICLE_CLASSES,
  type CountingMethod,
  type FigureFlow,
  type TradeMetric,
  type VehicleClass,
} from './vocabulary';

export type View = 'series' | 'destinations' | 'sellers';
export const VIEWS: readonly View[] = ['series', 'destinations', 'sellers'];

/** Lines over the years: each entity × each flow is one line, all in one measure. */
export interface SeriesState {
  ids: string[];
  flows: FigureFlow[];
  metric: TradeMetric;
  vehicleClass: VehicleClass;
  countedBy: CountingMethod;
  /** First and last year; null: as far as the figures go. */
  from: number | null;
  to: number | null;
}

/** One ranking of a place in a year: `ranking` is a ranking's key (rankingKey), null for the first. */
export interface RankedState {
  place: string;
  year: number;
  ranking: string | null;
}

/** Sellers in a market: its ranking, and the list of its sellers from one country (null: from anywhere). */
export interface SellersState extends RankedState {
  sellerCountry: string | null;
}

export interface ChartsState {
  view: View;
  series: SeriesState;
  destinations: RankedState;
  sellers: SellersState;
}

/** The kinds of entity each choice takes, by id prefix. */
export const SERIES_KINDS = ['country', 'automaker', 'brand'] as const;
export const DESTINATION_KINDS = ['country', 'automaker'] as const;
export const SELLER_PLACE_KINDS = ['country', 'market'] as const;

/** Lines one chart may draw: more is unreadable (and the query's aliases are limited). */
export const MAX_LINES = 8;
export const MAX_ENTITIES = 6;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** The first chart anyone sees: China against Japan, exports, 2019–2025. */
export const DEFAULT_STATE: ChartsState = {
  view: 'series',
  series: {
    ids: ['country:CN', 'country:JP'],
    flows: ['EXPORTS'],
    metric: 'UNITS',
    vehicleClass: 'ALL_VEHICLES',
    countedBy: 'MANUFACTURERS',
    from: 2019,
    to: 2025,
  },
  destinations: { place: 'country:CN', year: 2024, ranking: null },
  sellers: { place: 'country:BR', year: 2024, ranking: null, sellerCountry: 'country:CN' },
};

/** Ready-made charts, each a whole state (a link to it is its query string). */
export interface Example {
  id: string;
  label: string;
  /** The label where room is short (a phone). */
  short: string;
  state: ChartsState;
}

export const EXAMPLES: readonly Example[] = [
  { id: 'cn-jp-exports', label: 'China vs Japan: exports 2019–2025', short: 'China vs Japan', state: DEFAULT_STATE },
  {
    id: 'jp-flows',
    label: 'Japan: production, sales and exports 2006–2025',
    short: 'Japan’s three flows',
    state: {
      ...DEFAULT_STATE,
      series: { ...DEFAULT_STATE.series, ids: ['country:JP'], flows: ['EXPORTS', 'PRODUCTION', 'SALES'], from: 2006, to: 2025 },
    },
  },
  { id: 'cn-destinations', label: 'Where China’s exports went, 2024', short: 'China’s destinations', state: { ...DEFAULT_STATE, view: 'destinations' } },
  { id: 'br-sellers', label: 'Chinese brands in Brazil, 2024', short: 'Chinese brands in Brazil', state: { ...DEFAULT_STATE, view: 'sellers' } },
];

/** The prefix of an id ("country" for country:CN). */
export function idKind(id: string): string {
  return id.slice(0, Math.max(0, id.indexOf(':')));
}

const ID_PATTERN = /^[a-z]+:[A-Za-z0-9._~-]+$/;

/** True for an id of one of these kinds, e.g. isIdOf('country:CN', SERIES_KINDS). */
export function isIdOf(id: string, kinds: readonly string[]): boolean {
  return ID_PATTERN.test(id) && kinds.includes(idKind(id));
}

/** A state read from a query string, with what in it was not understood (and so left at its default). */
export interface ParsedState {
  state: ChartsState;
  problems: string[];
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T, name: string, problems: string[]): T {
  if (value === null) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${name}=${value} is not one of ${allowed.join(', ')}`);
  return fallback;
}

/** A year, or null for an empty value ("as far as the figures go"); absent: the fallback. */
function year(value: string | null, fallback: number | null, name: string, problems: string[]): number | null {
  if (value === null) return fallback;
  if (value === '') return null;
  const number = Number(value);
  if (Number.isInteger(number) && number >= MIN_YEAR && number <= MAX_YEAR) return number;
  problems.push(`${name}=${value} is not a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  return fallback;
}

function place(value: string | null, kinds: readonly string[], fallback: string, name: string, problems: string[]): string {
  if (value === null) return fallback;
  if (isIdOf(value, kinds)) return value;
  problems.push(`${name}=${value} is not the id of a ${kinds.join(' or ')}`);
  return fallback;
}

function parseSeries(params: URLSearchParams, problems: string[]): SeriesState {
  const fallback = DEFAULT_STATE.series;
  const idsParam = params.get('ids');
  let ids = fallback.ids;
  if (idsParam !== null) {
    const all = idsParam.split(',').map((id) => id.trim()).filter((id) => id !== '');
    const bad = all.filter((id) => !isIdOf(id, SERIES_KINDS));
    if (bad.length > 0) problems.push(`ids: ${bad.join(', ')} ${bad.length === 1 ? 'is not the id' : 'are not ids'} of a country, automaker or brand`);
    ids = [...new Set(all.filter((id) => isIdOf(id, SERIES_KINDS)))];
    if (ids.length > MAX_ENTITIES) {
      problems.push(`ids: at most ${MAX_ENTITIES} entities at once; the first ${MAX_ENTITIES} are drawn`);
      ids = ids.slice(0, MAX_ENTITIES);
    }
  }
  const flowsParam = params.get('flows');
  let flows = fallback.flows;
  if (flowsParam !== null) {
    const all = flowsParam.split(',').filter((flow) => flow !== '');
    const bad = all.filter((flow) => !(FLOWS as string[]).includes(flow));
    if (bad.length > 0) problems.push(`flows: ${bad.join(', ')} not among ${FLOWS.join(', ')}`);
    const good = FLOWS.filter((flow) => all.includes(flow));
    flows = good.length > 0 ? good : fallback.flows;
  }
  while (ids.length * flows.length > MAX_LINES && flows.length > 1) flows = flows.slice(0, -1);
  while (ids.length * flows.length > MAX_LINES) ids = ids.slice(0, -1);
  let from = year(params.get('from'), fallback.from, 'from', problems);
  let to = year(params.get('to'), fallback.to, 'to', problems);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    ids,
    flows,
    metric: oneOf(params.get('metric'), METRICS, fallback.metric, 'metric', problems),
    vehicleClass: oneOf(params.get('class'), VEHICLE_CLASSES, fallback.vehicleClass, 'class', problems),
    countedBy: oneOf(params.get('counted'), COUNTING_METHODS, fallback.countedBy, 'counted', problems),
    from,
    to,
  };
}

function parseRanked(params: URLSearchParams, kinds: readonly string[], fallback: RankedState, problems: string[]): RankedState {
  const ranking = params.get('ranking');
  return {
    place: place(params.get('place'), kinds, fallback.place, 'place', problems),
    year: year(params.get('year'), fallback.year, 'year', problems) ?? fallback.year,
    ranking: ranking === null || ranking === '' ? null : ranking,
  };
}

/**
 * Reads a state from a query string. Only the shown view's choices are in it; the other views keep
 * their defaults. Anything not understood is left at its default and named in `problems`.
 */
export function parseState(search: string): ParsedState {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const view = oneOf(params.get('view'), VIEWS, DEFAULT_STATE.view, 'view', problems);
  const state: ChartsState = { ...DEFAULT_STATE, view };
  if (view === 'series') state.series = parseSeries(params, problems);
  if (view === 'destinations') state.destinations = parseRanked(params, DESTINATION_KINDS, DEFAULT_STATE.destinations, problems);
  if (view === 'sellers') {
    const from = params.get('sellers-from');
    state.sellers = {
      ...parseRanked(params, SELLER_PLACE_KINDS, DEFAULT_STATE.sellers, problems),
      sellerCountry: from === null ? DEFAULT_STATE.sellers.sellerCountry : from === 'any' ? null : place(from, ['country'], 'country:CN', 'sellers-from', problems),
    };
  }
  return { state, problems };
}

/**
 * The query string of a state: the view and every choice of it, defaults included (a shared link
 * keeps meaning the same chart when the defaults change).
 */
export function serializeState(state: ChartsState): string {
  const params = new URLSearchParams({ view: state.view });
  if (state.view === 'series') {
    const series = state.series;
    params.set('ids', series.ids.join(','));
    params.set('flows', series.flows.join(','));
    params.set('metric', series.metric);
    params.set('class', series.vehicleClass);
    params.set('counted', series.countedBy);
    params.set('from', series.from === null ? '' : String(series.from));
    params.set('to', series.to === null ? '' : String(series.to));
  } else {
    const ranked = state.view === 'destinations' ? state.destinations : state.sellers;
    params.set('place', ranked.place);
    params.set('year', String(ranked.year));
    if (ranked.ranking !== null) params.set('ranking', ranked.ranking);
    if (state.view === 'sellers') params.set('sellers-from', state.sellers.sellerCountry ?? 'any');
  }
  // Ids and enum values read better unescaped: country:CN,country:JP rather than country%3ACN%2C…
  return params.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
}
