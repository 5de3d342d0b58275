/** The details panel: a selected point's or bar's figure, and the source it rests on. */

import { h } from '../src/dom';
import { formatDate } from '../src/format';
import type { FigureData, SourceData } from './queries';
import { periodLabel } from './ranking-data';
import { reporterName } from './series-data';
import { BASIS_LABELS, COUNTED_BY_LABELS, METRIC_LABELS, VEHICLE_CLASS_LABELS, formatValue, type CountingMethod, type TradeMetric, type VehicleClass } from './vocabulary';

/** What the panel shows: the figure, what it is of, and its measure. */
export interface FigureDetails {
  /** "China · Exports · 2023" or "China → Russia". */
  heading: string;
  figure: FigureData;
  metric: TradeMetric;
  vehicleClass: VehicleClass;
  countedBy: CountingMethod;
  /** For a point of a series: how many competing figures it was preferred over. */
  alternatives?: number;
  /** For a bar: its place in the ranking. */
  rank?: number;
}

/** The panel's text before anything is selected. */
export function emptyDetails(text: string): HTMLElement[] {
  return [h('p', { className: 'muted' }, text)];
}

export function figureDetails(details: FigureDetails): HTMLElement[] {
  const { figure } = details;
  const rows: [string, string | HTMLElement | null][] = [
    ['Rank', details.rank !== undefined ? String(details.rank) : null],
    ['Period', `${periodLabel(figure.periodStart, figure.periodEnd)} (${figure.periodStart} to ${figure.periodEnd})`],
    ['Measure', `${METRIC_LABELS[details.metric]}; ${VEHICLE_CLASS_LABELS[details.vehicleClass].toLowerCase()}; counted by ${COUNTED_BY_LABELS[details.countedBy].toLowerCase()}`],
    ['Basis', BASIS_LABELS[figure.basis]],
    ['Reported by', reporterName(figure) ?? 'not named (a company’s own statement, or the page names no producer)'],
    ['Competing figures', details.alternatives !== undefined ? competing(details.alternatives) : null],
    ['Note', figure.note],
    ['Figure id', h('code', {}, figure.id)],
  ];
  return [
    h('h3', { id: 'details-title' }, details.heading),
    h('p', { className: 'value' }, formatValue(figure.value, details.metric)),
    figure.doubtful ? h('p', { className: 'warning' }, 'Flagged as doubtful: the source itself, or a comparison with other sources, casts doubt on it.') : null,
    definitionList(rows),
    sourceBlock(figure.source),
  ].filter((element): element is HTMLElement => element !== null);
}

function competing(alternatives: number): string {
  if (alternatives === 0) return 'none: the only figure for this point';
  return `preferred over ${alternatives} other figure${alternatives === 1 ? '' : 's'} for the same point`;
}

function definitionList(rows: [string, string | HTMLElement | null][]): HTMLElement {
  return h('dl', {}, ...rows.filter(([, value]) => value !== null && value !== '').flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

/** The source: publisher, title (a link where the URL is known), publication date. */
export function sourceBlock(source: SourceData): HTMLElement {
  const published = formatDate(source.published, source.publishedPrecision);
  return h(
    'div',
    { className: 'source' },
    h('h3', {}, 'Source'),
    definitionList([
      ['Publisher', source.publisher],
      ['Title', source.title],
      ['Published', published ?? 'date not recorded'],
      ['Link', source.url !== null ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer', className: 'source-link' }, source.url) : 'not recorded'],
    ]),
  );
}
