/** The page's fixed parts (from index.html), and how the status line, the chart box and the details change. */

import { byId, h } from '../src/dom';
import { ChartView, type ChartSelection } from './chart-view';

export type StatusKind = 'info' | 'busy' | 'error' | 'empty';

export class PageParts {
  readonly root = byId('charts');
  readonly settings = byId<HTMLDetailsElement>('settings');
  readonly settingsWhat = byId('settings-what');
  readonly controls = byId('controls');
  readonly addressProblems = byId('address-problems');
  readonly chartTitle = byId('chart-title');
  readonly status = byId('status');
  readonly chartBox = byId('chart-box');
  readonly canvas = byId<HTMLCanvasElement>('chart');
  readonly chartHint = byId('chart-hint');
  readonly downloadChart = byId<HTMLButtonElement>('download-chart');
  readonly details = byId('details-body');
  readonly listTitle = byId('list-title');
  readonly listBody = byId('list-body');
  readonly downloadList = byId<HTMLButtonElement>('download-list');
  readonly chart: ChartView;
  /** Called with a selection made on the chart (a click, a tap, the arrow keys). */
  onChartSelect: (selection: ChartSelection) => void = () => undefined;

  constructor() {
    this.chart = new ChartView(this.canvas, { onSelect: (selection) => this.onChartSelect(selection) });
    // On a phone the settings would push the chart below the fold: they start folded.
    if (window.matchMedia('(max-width: 640px)').matches) this.settings.open = false;
  }

  /** Says what is happening; an error or a "no data" state hides the chart, so it is never a blank one. */
  setStatus(text: string, kind: StatusKind = 'info', retry?: () => void): void {
    this.status.replaceChildren(text);
    this.status.dataset['kind'] = kind;
    this.status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    if (retry !== undefined) this.status.append(h('button', { type: 'button', className: 'small', id: 'retry', onClick: retry }, 'Try again'));
    if (kind === 'error' || kind === 'empty') this.hideChart();
  }

  /** Shows the chart box, of the stylesheet's height unless given (before drawing: Chart.js sizes the canvas from its box). */
  showChart(hint: string, description: string, height = ''): void {
    this.chartBox.style.height = height;
    this.chartBox.hidden = false;
    this.chartHint.hidden = false;
    this.chartHint.textContent = hint;
    this.canvas.setAttribute('aria-label', description);
  }

  hideChart(): void {
    this.chart.clear();
    this.chartBox.hidden = true;
    this.chartHint.hidden = true;
  }

  /** Empties what the last answer drew: details, list, downloads. */
  resetResult(detailsText: string): void {
    this.details.replaceChildren(h('p', { className: 'muted' }, detailsText));
    this.listBody.replaceChildren();
    this.downloadChart.disabled = true;
    this.downloadList.disabled = true;
  }
}
