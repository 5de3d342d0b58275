/** The time-series view: draws a series answer as lines, its table and, for a selected point, its figure and source. */

import { csvFileName, toCsv } from '../src/csv';
import { h } from '../src/dom';
import type { ChartSelection, LineSpec } from './chart-view';
import { emptyDetails, figureDetails } from './details-view';
import type { PageParts } from './page';
import { SERIES_CSV_COLUMNS, seriesCsvRows, type SeriesLine, type SeriesResult } from './series-data';
import type { SeriesState } from './state';
import { cellKey, markSelected, seriesTable } from './tables';
import { COUNTED_BY_LABELS, FLOW_LABELS, METRIC_LABELS, VEHICLE_CLASS_LABELS, formatValue, type FigureFlow } from './vocabulary';

/** Flows are told apart by dash as well as by colour. */
const FLOW_DASH: Record<FigureFlow, number[]> = { EXPORTS: [], PRODUCTION: [9, 4], SALES: [2, 4], IMPORTS: [12, 4, 2, 4], OVERSEAS_SALES: [5, 5] };

export const SERIES_DETAILS_HINT = 'Click or tap a point (or a value in the table) to see its figure: the source, who reported it, its basis and how many figures it was preferred over.';

/** "Exports of China and Japan, 2019–2025" or "Japan: exports, production and sales, 2006–2025". */
export function seriesTitle(state: SeriesState, nameOf: (id: string) => string): string {
  const names = listed(state.ids.map(nameOf));
  const flows = state.flows.map((flow) => FLOW_LABELS[flow].toLowerCase());
  const years = state.from === null && state.to === null ? 'all years' : `${state.from ?? '…'}–${state.to ?? '…'}`;
  if (state.ids.length === 0) return 'Over the years';
  if (state.ids.length === 1 && flows.length > 1) return `${names}: ${listed(flows)}, ${years}`;
  return `${capitalize(listed(flows))} of ${names}, ${years}`;
}

/** The measure in words: "vehicles (units), all vehicles, counted by manufacturers (new vehicles)". */
export function measureWords(result: Pick<SeriesResult, 'metric' | 'vehicleClass' | 'countedBy'>): string {
  return `${METRIC_LABELS[result.metric].toLowerCase()}, ${VEHICLE_CLASS_LABELS[result.vehicleClass].toLowerCase()}, counted by ${COUNTED_BY_LABELS[result.countedBy].toLowerCase()}`;
}

export class SeriesView {
  private result: SeriesResult | null = null;
  private title = '';

  constructor(private readonly parts: PageParts) {}

  show(result: SeriesResult, title: string): void {
    this.result = result;
    this.title = title;
    const { parts } = this;
    parts.resetResult(SERIES_DETAILS_HINT);
    parts.listTitle.textContent = 'The numbers';
    const points = result.lines.reduce((sum, line) => sum + line.points.length, 0);
    const missing = result.missing.map((id) => `${id} names nothing in the graph.`);
    if (points === 0) {
      const what = result.lines.length === 0 ? 'Nothing to draw: add a country, an automaker or a brand.' : `No figures for ${title.charAt(0).toLowerCase()}${title.slice(1)} (${measureWords(result)}). Try another measure, flow or years.`;
      parts.setStatus([what, ...missing].join(' '), 'empty');
      parts.listBody.replaceChildren(h('p', { className: 'muted' }, 'No numbers to list.'));
      return;
    }
    parts.showChart('Click or tap a point for its figure and source. On the chart, the arrow keys move between points (up and down: between lines).', this.description());
    parts.chart.showLines(
      result.years,
      result.lines.map((line): LineSpec => ({ label: line.label, values: result.years.map((year) => line.points.find((point) => point.year === year)?.value ?? null), dash: FLOW_DASH[line.flow] })),
      result.metric,
      METRIC_LABELS[result.metric],
    );
    const gaps = result.lines.map((line) => gapWords(line, result.years)).filter((text) => text !== null);
    parts.setStatus(
      [`${result.lines.length} line${result.lines.length === 1 ? '' : 's'}, ${points} point${points === 1 ? '' : 's'}, ${measureWords(result)}; each point is the preferred figure of its year.`, ...gaps, ...missing].join(' '),
    );
    parts.listBody.replaceChildren(seriesTable(result, `${title}: ${measureWords(result)}. Each value opens its source.`, (dataset, index) => this.select({ dataset, index })));
    parts.downloadChart.disabled = false;
  }

  /** Shows a point's figure and source, and marks it on the chart and in the table. */
  select(selection: ChartSelection): void {
    const result = this.result;
    const line = result?.lines[selection.dataset];
    const year = result?.years[selection.index];
    const point = line?.points.find((candidate) => candidate.year === year);
    if (result === null || line === undefined || point === undefined) return;
    this.parts.chart.select(selection);
    markSelected(this.parts.listBody, cellKey(selection.dataset, selection.index));
    this.parts.details.replaceChildren(
      ...figureDetails({
        heading: `${line.entityName} · ${FLOW_LABELS[line.flow]} · ${point.year}`,
        figure: point.figure,
        metric: result.metric,
        vehicleClass: result.vehicleClass,
        countedBy: result.countedBy,
        alternatives: point.alternatives,
      }),
    );
  }

  clearSelection(): void {
    this.parts.details.replaceChildren(...emptyDetails(SERIES_DETAILS_HINT));
  }

  /** Every point drawn, as CSV. */
  csv(): { fileName: string; text: string } | null {
    if (this.result === null) return null;
    return { fileName: csvFileName('series', this.title), text: toCsv(SERIES_CSV_COLUMNS, seriesCsvRows(this.result)) };
  }

  /** What the canvas says to a screen reader: each line's first and last value. */
  private description(): string {
    const result = this.result!;
    const lines = result.lines
      .filter((line) => line.points.length > 0)
      .map((line) => {
        const first = line.points[0]!;
        const last = line.points[line.points.length - 1]!;
        return `${line.label} from ${formatValue(first.value, result.metric)} in ${first.year} to ${formatValue(last.value, result.metric)} in ${last.year}`;
      });
    return `Line chart, ${this.title} (${measureWords(result)}): ${lines.join('; ')}. The table “The numbers” lists every value.`;
  }
}

/** "Japan · Sales: no figure for 2024–2025", or null when the line has every year of the axis. */
function gapWords(line: SeriesLine, years: number[]): string | null {
  if (line.points.length === 0) return `${line.label}: no figures.`;
  const have = new Set(line.points.map((point) => point.year));
  const missing = years.filter((year) => !have.has(year));
  if (missing.length === 0) return null;
  const ranges: string[] = [];
  for (let i = 0; i < missing.length; i += 1) {
    let j = i;
    while (missing[j + 1] === missing[j]! + 1) j += 1;
    ranges.push(i === j ? String(missing[i]) : `${missing[i]}–${missing[j]}`);
    i = j;
  }
  return `${line.label}: no figure for ${ranges.join(', ')}.`;
}

function listed(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
