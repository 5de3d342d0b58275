/**
 * The numbers as tables, beside or under each chart: what a screen reader or a keyboard uses, each
 * value a button that shows its figure and source as a click on the chart would.
 */

import { h } from '../src/dom';
import { formatDate, humanize } from '../src/format';
import type { SellerLinkData } from './queries';
import type { Ranking } from './ranking-data';
import type { SeriesResult } from './series-data';
import { BASIS_LABELS, formatValue } from './vocabulary';

/** Which cell a selection names: "<dataset>-<index>", as the chart counts them. */
export function cellKey(dataset: number, index: number): string {
  return `${dataset}-${index}`;
}

/** Marks the row or cell of a selection (and only it) as the current one. */
export function markSelected(container: HTMLElement, key: string | null): void {
  for (const element of container.querySelectorAll('[aria-current]')) element.removeAttribute('aria-current');
  if (key === null) return;
  container.querySelector(`[data-cell="${key}"]`)?.setAttribute('aria-current', 'true');
}

function wrap(table: HTMLTableElement): HTMLElement {
  return h('div', { className: 'table-wrap' }, table);
}

/** Years down, lines across; an empty cell where a line has no figure that year. */
export function seriesTable(result: SeriesResult, caption: string, onSelect: (dataset: number, index: number) => void): HTMLElement {
  const years = result.years.filter((year) => result.lines.some((line) => line.points.some((point) => point.year === year)));
  const table = h(
    'table',
    { className: 'data-table', id: 'numbers-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), ...result.lines.map((line) => h('th', { scope: 'col', className: 'number' }, line.label)))),
    h(
      'tbody',
      {},
      ...years.map((year) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, String(year)),
          ...result.lines.map((line, dataset) => {
            const point = line.points.find((candidate) => candidate.year === year);
            if (point === undefined) return h('td', { className: 'number muted' }, h('span', { 'aria-label': 'no figure' }, '–'));
            const index = result.years.indexOf(year);
            return h(
              'td',
              { className: 'number', 'data-cell': cellKey(dataset, index) },
              h(
                'button',
                {
                  type: 'button',
                  className: 'cell-button',
                  'aria-label': `${line.label}, ${year}: ${formatValue(point.value, result.metric)}. Show its source`,
                  onClick: () => onSelect(dataset, index),
                },
                formatValue(point.value, result.metric),
              ),
            );
          }),
        ),
      ),
    ),
  );
  return wrap(table);
}

/** One row per bar: rank, name, value, basis and source. */
export function rankingTable(ranking: Ranking, subjectHeader: string, caption: string, onSelect: (index: number) => void): HTMLElement {
  const table = h(
    'table',
    { className: 'data-table', id: 'ranking-table' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col', className: 'number' }, 'Rank'), h('th', { scope: 'col' }, subjectHeader), h('th', { scope: 'col', className: 'number' }, 'Value'), h('th', { scope: 'col' }, 'Basis'), h('th', { scope: 'col' }, 'Source')),
    ),
    h(
      'tbody',
      {},
      ...ranking.bars.map((bar, index) =>
        h(
          'tr',
          { 'data-cell': cellKey(0, index), 'data-id': bar.subject.id },
          h('td', { className: 'number' }, String(bar.rank)),
          h('th', { scope: 'row' }, h('button', { type: 'button', className: 'cell-button', onClick: () => onSelect(index) }, bar.subject.name)),
          h('td', { className: 'number' }, formatValue(bar.figure.value, ranking.metric)),
          h('td', {}, BASIS_LABELS[bar.figure.basis].split(' (')[0]!),
          h('td', {}, sourceLink(bar.figure.source.publisher, bar.figure.source.url)),
        ),
      ),
    ),
  );
  return wrap(table);
}

/**
 * Who sells in the market: the seller, how (link, channels, partner), its status since when, dealers
 * and sources; its home country too when the list is not of one country's sellers.
 */
export function sellersTable(sellers: SellerLinkData[], caption: string, showCountry: boolean): HTMLElement {
  const headers = ['Seller', ...(showCountry ? ['From'] : []), 'Status', 'How', 'Dealers', 'Sources'];
  const table = h(
    'table',
    { className: 'data-table', id: 'sellers-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col', className: header === 'Dealers' ? 'number' : undefined }, header)))),
    h(
      'tbody',
      {},
      ...sellers.map((link) =>
        h(
          'tr',
          { 'data-id': link.seller.id },
          h('th', { scope: 'row' }, link.seller.name, h('span', { className: 'muted kind' }, ` ${link.seller.__typename.toLowerCase()}`)),
          showCountry ? h('td', { 'data-label': 'From' }, link.sellerCountry?.name ?? '–') : null,
          h('td', { 'data-label': 'Status' }, h('span', { className: 'status-tag', 'data-status': link.status }, humanize(link.status)), h('span', { className: 'when' }, when(link))),
          h('td', { 'data-label': 'How' }, [humanize(link.kind), ...link.channels.map(humanize)].join(', '), link.partner !== null ? h('span', { className: 'partner' }, `with ${link.partner}`) : null),
          h('td', { className: 'number', 'data-label': 'Dealers' }, link.dealers === null ? '–' : String(link.dealers)),
          h(
            'td',
            { className: 'sources-cell', 'data-label': 'Sources' },
            link.sources.length === 0
              ? h('span', { className: 'muted' }, 'none recorded')
              : h('ul', { className: 'sources' }, ...link.sources.map((source) => h('li', {}, sourceLink(source.publisher, source.url), source.published !== null ? h('span', { className: 'muted date' }, ` ${formatDate(source.published, source.publishedPrecision)}`) : null))),
          ),
        ),
      ),
    ),
  );
  return wrap(table);
}

/** "since 2021-11", "2019 – 2023", or "" when no date is known. */
function when(link: SellerLinkData): string {
  const since = formatDate(link.since, link.sincePrecision);
  const until = formatDate(link.until, link.untilPrecision);
  if (since !== null && until !== null) return `${since} – ${until}`;
  if (since !== null) return link.status === 'PLANNED' ? `from ${since}` : `since ${since}`;
  return until !== null ? `until ${until}` : '';
}

function sourceLink(publisher: string, url: string | null): HTMLElement {
  return url === null ? h('span', {}, publisher) : h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, publisher);
}
