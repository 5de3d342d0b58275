/**
 * The ranked views' data: a place's rankings (export destinations, or sellers in a market), the one
 * chosen for the bars, the list of sellers, and the CSV of each.
 */

import type { CsvColumn } from '../src/csv';
import { formatDate, formatFigurePeriod, humanize } from '../src/format';
import { runQuery } from '../src/graphql';
import {
  RANKS,
  destinationsDocument,
  sellersDocument,
  type DestinationsData,
  type FigureData,
  type NamedData,
  type RankingData,
  type SellerLinkData,
  type SellersData,
} from './queries';
import { reporterName } from './series-data';
import { sourceCsvColumns, sourcesCitation } from './source-csv';
import type { RankedState, SellersState } from './state';
import { COUNTED_BY_LABELS, METRIC_LABELS, VEHICLE_CLASS_LABELS } from './vocabulary';

export interface Bar {
  rank: number;
  subject: NamedData;
  figure: FigureData;
}

/** One ranking: a reporter's (for destinations), over one period, in one measure. */
export interface Ranking extends RankingData {
  key: string;
  /** Its name in the ranking picker. */
  label: string;
  reportedBy: { name: string; shortName: string | null } | null;
  /** How many the ranking has in all (the bars may be fewer). */
  total: number;
  bars: Bar[];
}

export interface RankingsResult {
  /** Null when the id names nothing. */
  place: { id: string; name: string } | null;
  year: number;
  rankings: Ranking[];
  /** The ranking drawn: the one whose key was asked, else the first. */
  chosen: Ranking | null;
}

export interface SellersResult extends RankingsResult {
  sellers: SellerLinkData[];
  sellerCountry: string | null;
}

/** A ranking's key: reporter, period and measure, which no two rankings of a place and year share. */
export function rankingKey(ranking: RankingData & { reportedBy?: { shortName: string | null; name: string } | null }): string {
  const reporter = ranking.reportedBy === undefined ? null : ranking.reportedBy === null ? 'unnamed' : (ranking.reportedBy.shortName ?? ranking.reportedBy.name);
  return [reporter, ranking.periodStart, ranking.periodEnd, ranking.metric, ranking.vehicleClass, ranking.countedBy].filter((part) => part !== null).join('|');
}

/** "2024", "Jan–Aug 2024", "Nov 2024", or the days. */
export function periodLabel(start: string, end: string): string {
  const whole = formatFigurePeriod(start, end);
  if (whole.length === 4) return whole;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const endIsMonthEnd = new Date(`${end}T00:00:00Z`).getUTCDate() === new Date(Date.UTC(Number(end.slice(0, 4)), Number(end.slice(5, 7)), 0)).getUTCDate();
  if (sameYear && start.slice(8) === '01' && endIsMonthEnd) {
    const first = months[Number(start.slice(5, 7)) - 1];
    const last = months[Number(end.slice(5, 7)) - 1];
    return first === last ? `${first} ${start.slice(0, 4)}` : `${first}–${last} ${start.slice(0, 4)}`;
  }
  return `${start} – ${end}`;
}

/** "GACC · Jan–Aug 2024 · vehicles · all vehicles · customs · 10 destinations". */
function rankingLabel(ranking: RankingData, reporter: string | null, total: number, noun: string): string {
  return [
    reporter,
    periodLabel(ranking.periodStart, ranking.periodEnd),
    METRIC_LABELS[ranking.metric].toLowerCase(),
    VEHICLE_CLASS_LABELS[ranking.vehicleClass].toLowerCase(),
    `counted by ${COUNTED_BY_LABELS[ranking.countedBy].split(' (')[0]!.toLowerCase()}`,
    `${total} ${noun}${total === 1 ? '' : 's'}`,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

function choose(rankings: Ranking[], key: string | null): Ranking | null {
  return rankings.find((ranking) => ranking.key === key) ?? rankings[0] ?? null;
}

export async function loadDestinations(state: RankedState, signal?: AbortSignal): Promise<RankingsResult> {
  const data = await runQuery<DestinationsData>(destinationsDocument(state.place), { id: state.place, year: state.year, first: RANKS }, signal);
  return destinationsResult(state, data);
}

export function destinationsResult(state: RankedState, data: DestinationsData): RankingsResult {
  const place = data.place;
  const rankings: Ranking[] = (place?.exportDestinations ?? []).map((ranking) => ({
    ...ranking,
    key: rankingKey(ranking),
    label: rankingLabel(ranking, ranking.reportedBy === null ? 'Producer not named' : (ranking.reportedBy.shortName ?? ranking.reportedBy.name), ranking.destinations, 'destination'),
    total: ranking.destinations,
    bars: ranking.ranks.map((rank) => ({ rank: rank.rank, subject: rank.market, figure: rank.figure })),
  }));
  return { place: place === null ? null : { id: place.id, name: place.name }, year: state.year, rankings, chosen: choose(rankings, state.ranking) };
}

export async function loadSellers(state: SellersState, signal?: AbortSignal): Promise<SellersResult> {
  const variables = { id: state.place, year: state.year, first: RANKS, sellerCountry: state.sellerCountry };
  const data = await runQuery<SellersData>(sellersDocument(state.place), variables, signal);
  return sellersResult(state, data);
}

export function sellersResult(state: SellersState, data: SellersData): SellersResult {
  const place = data.place;
  const rankings: Ranking[] = (place?.rankings ?? []).map((ranking) => ({
    ...ranking,
    key: rankingKey(ranking),
    label: rankingLabel(ranking, null, ranking.entries, 'seller'),
    reportedBy: null,
    total: ranking.entries,
    bars: ranking.ranks.map((rank) => ({ rank: rank.rank, subject: rank.subject, figure: rank.figure })),
  }));
  return {
    place: place === null ? null : { id: place.id, name: place.name },
    year: state.year,
    rankings,
    chosen: choose(rankings, state.ranking),
    sellers: place?.sellers ?? [],
    sellerCountry: state.sellerCountry,
  };
}

// ─── CSV ──────────────────────────────────────────────────────────────────────────────────────

export interface BarCsvRow {
  place: { id: string; name: string };
  ranking: Ranking;
  bar: Bar;
}

/** The bars drawn, largest first. */
export function barCsvRows(result: RankingsResult): BarCsvRow[] {
  const { place, chosen } = result;
  if (place === null || chosen === null) return [];
  return chosen.bars.map((bar) => ({ place, ranking: chosen, bar }));
}

/** The bars' columns; `subject` names what is ranked ("destination" or "seller"). */
export function barCsvColumns(placeHeader: string, subject: string): CsvColumn<BarCsvRow>[] {
  return [
    { header: `${placeHeader}_id`, value: (row) => row.place.id },
    { header: placeHeader, value: (row) => row.place.name },
    { header: 'rank', value: (row) => row.bar.rank },
    { header: `${subject}_id`, value: (row) => row.bar.subject.id },
    { header: subject, value: (row) => row.bar.subject.name },
    { header: `${subject}_kind`, value: (row) => row.bar.subject.__typename },
    { header: 'period_start', value: (row) => row.bar.figure.periodStart },
    { header: 'period_end', value: (row) => row.bar.figure.periodEnd },
    { header: 'value', value: (row) => row.bar.figure.value },
    { header: 'metric', value: (row) => row.ranking.metric },
    { header: 'vehicle_class', value: (row) => row.ranking.vehicleClass },
    { header: 'counted_by', value: (row) => row.ranking.countedBy },
    { header: 'basis', value: (row) => row.bar.figure.basis },
    { header: 'doubtful', value: (row) => row.bar.figure.doubtful },
    { header: 'reported_by', value: (row) => reporterName(row.bar.figure) },
    { header: 'note', value: (row) => row.bar.figure.note },
    { header: 'figure_id', value: (row) => row.bar.figure.id },
    ...sourceCsvColumns<BarCsvRow>((row) => row.bar.figure.source),
  ];
}

export interface SellerCsvRow {
  place: { id: string; name: string };
  link: SellerLinkData;
}

export function sellerCsvRows(result: SellersResult): SellerCsvRow[] {
  const place = result.place;
  return place === null ? [] : result.sellers.map((link) => ({ place, link }));
}

export const SELLER_CSV_COLUMNS: readonly CsvColumn<SellerCsvRow>[] = [
  { header: 'market_id', value: (row) => row.place.id },
  { header: 'market', value: (row) => row.place.name },
  { header: 'seller_id', value: (row) => row.link.seller.id },
  { header: 'seller', value: (row) => row.link.seller.name },
  { header: 'seller_kind', value: (row) => row.link.seller.__typename },
  { header: 'seller_country', value: (row) => row.link.sellerCountry?.name },
  { header: 'link', value: (row) => row.link.kind },
  { header: 'status', value: (row) => row.link.status },
  { header: 'since', value: (row) => formatDate(row.link.since, row.link.sincePrecision) },
  { header: 'until', value: (row) => formatDate(row.link.until, row.link.untilPrecision) },
  { header: 'channels', value: (row) => row.link.channels.map(humanize).join('; ') },
  { header: 'partner', value: (row) => row.link.partner },
  { header: 'dealers', value: (row) => row.link.dealers },
  { header: 'source', value: (row) => sourcesCitation(row.link.sources) },
  { header: 'source_urls', value: (row) => row.link.sources.map((source) => source.url ?? '').join(' | ') },
];
