/**
 * The ranked views: a ranking as horizontal bars (largest first) with its table, or, for a market,
 * the bars beside the list of its sellers; a selected bar shows its figure and source.
 */

import { csvFileName, toCsv } from '../src/csv';
import { h } from '../src/dom';
import type { ChartSelection } from './chart-view';
import { emptyDetails, figureDetails } from './details-view';
import type { PageParts } from './page';
import { SELLER_CSV_COLUMNS, barCsvColumns, barCsvRows, periodLabel, sellerCsvRows, type RankingsResult, type SellersResult } from './ranking-data';
import { cellKey, markSelected, rankingTable, sellersTable } from './tables';
import { METRIC_LABELS, formatValue } from './vocabulary';

export const BARS_DETAILS_HINT = 'Click or tap a bar (or a name in the table) to see its figure and source.';

/** Room per bar, in pixels: enough for a label and a finger. */
const BAR_HEIGHT = 30;

export class RankedView {
  private result: RankingsResult | SellersResult | null = null;
  private title = '';

  constructor(
    private readonly parts: PageParts,
    private readonly view: 'destinations' | 'sellers',
  ) {}

  show(result: RankingsResult | SellersResult, title: string, nameOf: (id: string) => string): void {
    this.result = result;
    this.title = title;
    const { parts } = this;
    const sellers = this.view === 'sellers';
    parts.resetResult(BARS_DETAILS_HINT);
    parts.downloadList.hidden = !sellers;
    const place = result.place?.name ?? '';
    if (sellers) this.showSellers(result as SellersResult, place, nameOf);
    if (result.place === null) {
      parts.setStatus(`${result.rankings.length === 0 ? 'That id' : 'It'} names nothing in the graph: pick a ${sellers ? 'market' : 'country or an automaker'} in the search.`, 'empty');
      if (!sellers) parts.listBody.replaceChildren();
      return;
    }
    const ranking = result.chosen;
    if (ranking === null || ranking.bars.length === 0) {
      parts.setStatus(
        sellers
          ? `No figures rank the sellers in ${place} in ${result.year}. Try another year.${(result as SellersResult).sellers.length > 0 ? ' The sellers the graph knows are listed.' : ''}`
          : `No export destinations of ${place} in ${result.year} in the graph. Try another year.`,
        'empty',
      );
      if (!sellers) parts.listTitle.textContent = 'The ranking';
      if (!sellers) parts.listBody.replaceChildren(h('p', { className: 'muted' }, 'No ranking to list.'));
      return;
    }
    const measure = METRIC_LABELS[ranking.metric];
    parts.showChart(
      'Click or tap a bar for its figure and source. On the chart, the arrow keys move between bars.',
      `Bar chart, ${title}: ${ranking.bars.map((bar) => `${bar.rank}. ${bar.subject.name} ${formatValue(bar.figure.value, ranking.metric)}`).join('; ')}.`,
      `${Math.max(180, ranking.bars.length * BAR_HEIGHT + 70)}px`,
    );
    parts.chart.showBars(
      ranking.bars.map((bar) => bar.subject.name),
      ranking.bars.map((bar) => bar.figure.value),
      ranking.metric,
      measure,
    );
    const shown = ranking.bars.length < ranking.total ? `the first ${ranking.bars.length} of ${ranking.total}` : `all ${ranking.total}`;
    const others = result.rankings.length > 1 ? ` ${result.rankings.length - 1} other ranking${result.rankings.length === 2 ? '' : 's'} of this year (other reporters, periods or measures) in the ranking picker.` : '';
    parts.setStatus(`${ranking.label}: ${shown} drawn, each by its preferred figure.${others}`);
    if (!sellers) {
      parts.listTitle.textContent = 'The ranking';
      parts.listBody.replaceChildren(
        rankingTable(ranking, 'Destination', `${title}: ${ranking.label}.`, (index) => this.select({ dataset: 0, index })),
      );
    }
    parts.downloadChart.disabled = false;
  }

  private showSellers(result: SellersResult, place: string, nameOf: (id: string) => string): void {
    const { parts } = this;
    const from = result.sellerCountry === null ? '' : ` from ${nameOf(result.sellerCountry)}`;
    parts.listTitle.textContent = `Sellers${from} in ${place || 'the market'} (${result.sellers.length})`;
    parts.downloadList.disabled = result.sellers.length === 0;
    parts.listBody.replaceChildren(
      result.sellers.length === 0
        ? h('p', { className: 'muted', id: 'sellers-empty' }, `The graph lists no sellers${from} in ${place || 'this market'}.`)
        : sellersTable(result.sellers, `Who sells in ${place}${from}, by date of entry; links still planned or ended are marked.`, result.sellerCountry === null),
    );
  }

  /** Shows a bar's figure and source, and marks it on the chart and in the table. */
  select(selection: ChartSelection): void {
    const ranking = this.result?.chosen;
    const bar = ranking?.bars[selection.index];
    if (ranking === null || ranking === undefined || bar === undefined) return;
    this.parts.chart.select(selection);
    markSelected(this.parts.listBody, cellKey(0, selection.index));
    const place = this.result?.place?.name ?? '';
    const period = periodLabel(bar.figure.periodStart, bar.figure.periodEnd);
    this.parts.details.replaceChildren(
      ...figureDetails({
        heading: this.view === 'sellers' ? `${bar.subject.name} in ${place}, ${period}` : `${place} → ${bar.subject.name}, ${period}`,
        figure: bar.figure,
        metric: ranking.metric,
        vehicleClass: ranking.vehicleClass,
        countedBy: ranking.countedBy,
        rank: bar.rank,
      }),
    );
  }

  clearSelection(): void {
    this.parts.details.replaceChildren(...emptyDetails(BARS_DETAILS_HINT));
  }

  /** The bars drawn, as CSV. */
  csv(): { fileName: string; text: string } | null {
    if (this.result === null) return null;
    const columns = this.view === 'sellers' ? barCsvColumns('market', 'seller') : barCsvColumns('exporter', 'destination');
    return { fileName: csvFileName(this.view === 'sellers' ? 'ranking' : 'destinations', this.title), text: toCsv(columns, barCsvRows(this.result)) };
  }

  /** The sellers listed, as CSV (the sellers view only). */
  listCsv(): { fileName: string; text: string } | null {
    if (this.view !== 'sellers' || this.result === null) return null;
    const result = this.result as SellersResult;
    return { fileName: csvFileName('sellers', result.place?.name ?? 'market', result.year), text: toCsv(SELLER_CSV_COLUMNS, sellerCsvRows(result)) };
  }
}
