/** The time series as the chart draws it: lines (entity × flow) of yearly points, and their CSV. */

import type { CsvColumn } from '../src/csv';
import { runQuery } from '../src/graphql';
import { seriesDocument, seriesVariables, type FigureData, type SeriesData, type SeriesPointData } from './queries';
import type { SeriesState } from './state';
import { FLOW_LABELS, type CountingMethod, type FigureFlow, type TradeMetric, type VehicleClass } from './vocabulary';
import { sourceCsvColumns } from './source-csv';

export interface SeriesLine {
  /** "<entity id>|<flow>": stable across requests. */
  key: string;
  entityId: string;
  entityName: string;
  flow: FigureFlow;
  /** The legend's words: the entity, the flow, or both, as the chart needs to tell its lines apart. */
  label: string;
  points: SeriesPointData[];
}

export interface SeriesResult {
  lines: SeriesLine[];
  /** Ids that name nothing in the graph. */
  missing: string[];
  /** Every year of the x axis, ascending (empty when no line has a point). */
  years: number[];
  metric: TradeMetric;
  vehicleClass: VehicleClass;
  countedBy: CountingMethod;
}

/** Asks for every line of the state in one request. */
export async function loadSeries(state: SeriesState, signal?: AbortSignal): Promise<SeriesResult> {
  const data = await runQuery<SeriesData>(seriesDocument(state.ids, state.flows), { ...seriesVariables(state) }, signal);
  return seriesResult(state, data);
}

/** Lines from an answer: one per entity that exists and flow, in the order asked. */
export function seriesResult(state: SeriesState, data: SeriesData): SeriesResult {
  const lines: SeriesLine[] = [];
  const missing: string[] = [];
  state.ids.forEach((id, e) => {
    const entity = data[`e${e}`];
    if (entity === null || entity === undefined) {
      missing.push(id);
      return;
    }
    state.flows.forEach((flow, f) => {
      const label = state.flows.length === 1 ? entity.name : state.ids.length === 1 ? FLOW_LABELS[flow] : `${entity.name} · ${FLOW_LABELS[flow]}`;
      lines.push({ key: `${entity.id}|${flow}`, entityId: entity.id, entityName: entity.name, flow, label, points: entity[`f${f}`] ?? [] });
    });
  });
  return { lines, missing, years: axisYears(state, lines), metric: state.metric, vehicleClass: state.vehicleClass, countedBy: state.countedBy };
}

/** The years from the first to the last asked (or, where open, to the first or last point). */
function axisYears(state: SeriesState, lines: readonly SeriesLine[]): number[] {
  const years = lines.flatMap((line) => line.points.map((point) => point.year));
  if (years.length === 0) return [];
  const first = state.from ?? Math.min(...years);
  const last = state.to ?? Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** One CSV row: a point of a line. */
export interface SeriesCsvRow {
  line: SeriesLine;
  point: SeriesPointData;
  result: SeriesResult;
}

/** Every point drawn, line by line, year by year. */
export function seriesCsvRows(result: SeriesResult): SeriesCsvRow[] {
  return result.lines.flatMap((line) => line.points.map((point) => ({ line, point, result })));
}

export const SERIES_CSV_COLUMNS: readonly CsvColumn<SeriesCsvRow>[] = [
  { header: 'entity_id', value: (row) => row.line.entityId },
  { header: 'entity', value: (row) => row.line.entityName },
  { header: 'flow', value: (row) => row.line.flow },
  { header: 'year', value: (row) => row.point.year },
  { header: 'period_start', value: (row) => row.point.figure.periodStart },
  { header: 'period_end', value: (row) => row.point.figure.periodEnd },
  { header: 'value', value: (row) => row.point.value },
  { header: 'metric', value: (row) => row.result.metric },
  { header: 'vehicle_class', value: (row) => row.result.vehicleClass },
  { header: 'counted_by', value: (row) => row.result.countedBy },
  { header: 'basis', value: (row) => row.point.figure.basis },
  { header: 'doubtful', value: (row) => row.point.figure.doubtful },
  { header: 'reported_by', value: (row) => reporterName(row.point.figure) },
  { header: 'competing_figures', value: (row) => row.point.alternatives },
  { header: 'note', value: (row) => row.point.figure.note },
  { header: 'figure_id', value: (row) => row.point.figure.id },
  ...sourceCsvColumns<SeriesCsvRow>((row) => row.point.figure.source),
];

/** "China Association of Automobile Manufacturers (CAAM)", or null when the producer is not named. */
export function reporterName(figure: Pick<FigureData, 'reportedBy'>): string | null {
  const reporter = figure.reportedBy;
  if (reporter === null) return null;
  return reporter.shortName !== null && reporter.shortName !== reporter.name ? `${reporter.name} (${reporter.shortName})` : reporter.name;
}
