/**
 * The drawing (Chart.js, bundled): lines over the years or horizontal bars largest first, a ring on
 * the selected point or bar, value labels on bars; a click, a tap or the arrow keys select.
 */

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  animator,
  type ChartConfiguration,
  type Plugin,
  type PointStyle,
} from 'chart.js';
import { formatShortValue, formatValue } from './vocabulary';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const TEXT = '#1b1f24';
const MUTED = '#4d5761';
const GRID = '#e3e8ee';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif';
/** Line colours: each at least 3:1 against white, told apart by point shape and dash as well. */
export const LINE_COLORS = ['#0b57d0', '#c2410c', '#15803d', '#7c3aed', '#be185d', '#0e7490', '#8a5a00', '#374151'];
const POINT_STYLES: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'];
const BAR_COLOR = '#1f6fb2';
const BAR_SELECTED = '#0b3d7a';

Chart.defaults.font.family = FONT;
Chart.defaults.color = MUTED;
Chart.defaults.font.size = 12.5;

/** Which element is selected: a point (dataset, index) or a bar (dataset 0). */
export interface ChartSelection {
  dataset: number;
  index: number;
}

export interface LineSpec {
  label: string;
  /** One value per year of the axis; null where there is no figure. */
  values: (number | null)[];
  dash: number[];
}

interface ViewOptions {
  onSelect(selection: ChartSelection): void;
}

/** Draws a ring around the selected element, so the selection shows without colour alone. */
const selectionRing: Plugin<'line' | 'bar'> = {
  id: 'selectionRing',
  afterDatasetsDraw(chart) {
    const selection = (chart as unknown as { $selection?: ChartSelection | null }).$selection;
    if (selection === null || selection === undefined) return;
    const element = chart.getDatasetMeta(selection.dataset).data[selection.index];
    if (element === undefined) return;
    const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = TEXT;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    if (chart.getDatasetMeta(selection.dataset).type === 'bar') {
      const { base, height } = element.getProps(['base', 'height'], true) as { base: number; height: number };
      ctx.rect(Math.min(base, x) - 2, y - height / 2 - 2, Math.abs(x - base) + 4, height + 4);
    } else {
      ctx.arc(x, y, 10, 0, Math.PI * 2);
    }
    ctx.stroke();
    ctx.restore();
  },
};

/** Writes each bar's value at its end (the chart leaves room for them on the right). */
const barValues: Plugin<'bar'> = {
  id: 'barValues',
  afterDatasetsDraw(chart) {
    const metric = (chart as unknown as { $metric?: string }).$metric ?? 'UNITS';
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = TEXT;
    ctx.font = `600 12px ${FONT}`;
    ctx.textBaseline = 'middle';
    const meta = chart.getDatasetMeta(0);
    meta.data.forEach((element, index) => {
      const value = chart.data.datasets[0]?.data[index];
      if (typeof value !== 'number') return;
      const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
      ctx.fillText(formatValue(value, metric), x + 5, y);
    });
    ctx.restore();
  },
};

/** Wraps the one Chart.js instance of the page (re-made when the kind of chart changes). */
export class ChartView {
  chart: Chart<'line' | 'bar'> | null = null;
  private selection: ChartSelection | null = null;
  /** Bumped at every draw; `drawn` holds the last draw whose animation finished. */
  private drawing = 0;
  private drawn = 0;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly options: ViewOptions,
  ) {
    canvas.addEventListener('keydown', (event) => this.onKey(event));
  }

  /**
   * True when the last drawing is on screen and nothing moves (what a test waits for before a click):
   * its animation is over, and its size is its box's (a resize Chart.js has yet to catch up with
   * would move every element).
   */
  get still(): boolean {
    const chart = this.chart;
    const box = this.canvas.parentElement;
    if (chart === null || box === null || this.drawn !== this.drawing || animator.running(chart)) return false;
    return Math.abs(chart.width - box.clientWidth) < 1 && Math.abs(chart.height - box.clientHeight) < 1;
  }

  /** Lines over the years, one value per year of `years`. */
  showLines(years: number[], lines: LineSpec[], metric: string, yTitle: string): void {
    const config: ChartConfiguration<'line'> = {
      type: 'line',
      data: {
        labels: years.map(String),
        datasets: lines.map((line, i) => ({
          label: line.label,
          data: line.values,
          borderColor: LINE_COLORS[i % LINE_COLORS.length],
          backgroundColor: LINE_COLORS[i % LINE_COLORS.length],
          borderDash: line.dash,
          borderWidth: 2.5,
          pointStyle: POINT_STYLES[i % POINT_STYLES.length],
          pointRadius: 4.5,
          pointHoverRadius: 7,
          // A finger is wider than a point: a tap within 12 px of one picks it.
          pointHitRadius: 12,
          spanGaps: false,
          tension: 0,
        })),
      },
      options: {
        ...this.common(),
        interaction: { mode: 'nearest', intersect: true },
        scales: {
          // offset: the first and last years stand clear of the edges, easier to read and to tap.
          x: { offset: true, grid: { color: GRID }, ticks: { color: TEXT, maxRotation: 0, autoSkipPadding: 8 } },
          y: {
            beginAtZero: true,
            grid: { color: GRID },
            title: { display: true, text: yTitle, color: TEXT },
            ticks: { color: TEXT, callback: (value) => formatShortValue(Number(value), metric) },
          },
        },
        plugins: {
          legend: {
            position: 'bottom',
            // A hidden line would still be in the table and the CSV: lines are chosen in the settings.
            onClick: () => undefined,
            labels: { usePointStyle: true, color: TEXT, padding: 14, boxHeight: 8, font: { size: 13 } },
          },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatValue(Number(item.parsed.y), metric)}` } },
        },
      },
      plugins: [selectionRing as Plugin<'line'>],
    };
    this.draw(config, metric);
  }

  /** Horizontal bars, in the order given (largest first), each labelled with its value. */
  showBars(labels: string[], values: number[], metric: string, xTitle: string): void {
    const narrow = this.canvas.parentElement !== null && this.canvas.parentElement.clientWidth < 560;
    const longest = Math.max(0, ...values.map((value) => this.textWidth(formatValue(value, metric))));
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: {
        labels,
        datasets: [
          {
            label: xTitle,
            data: values,
            backgroundColor: (context) => (this.selection?.index === context.dataIndex ? BAR_SELECTED : BAR_COLOR),
            borderRadius: 3,
            barPercentage: 0.85,
            categoryPercentage: 0.9,
          },
        ],
      },
      options: {
        ...this.common(),
        indexAxis: 'y',
        interaction: { mode: 'nearest', axis: 'y', intersect: false },
        layout: { padding: { right: longest + 10 } },
        scales: {
          x: {
            beginAtZero: true,
            // On a phone the value labels say it all: no axis, and the longest bar takes the width.
            display: !narrow,
            max: narrow ? Math.max(...values) : undefined,
            grid: { color: GRID },
            title: { display: true, text: xTitle, color: TEXT },
            ticks: { color: TEXT, maxRotation: 0, autoSkipPadding: 10, callback: (value) => formatShortValue(Number(value), metric) },
          },
          y: {
            grid: { display: false },
            ticks: {
              color: TEXT,
              autoSkip: false,
              // On a phone a long name would squeeze the bars: cut it (the tooltip and the table have it whole).
              callback: (_value, index) => shorten(labels[index] ?? '', narrow ? 16 : 30),
            },
          },
        },
        plugins: {
          legend: { display: false },
          // Each bar carries its value, and a click its details: a tooltip would only cover a label.
          tooltip: { enabled: false },
        },
      },
      plugins: [selectionRing as Plugin<'bar'>, barValues],
    };
    this.draw(config, metric);
  }

  /** Marks an element as selected (null: none) and redraws without animation. */
  select(selection: ChartSelection | null): void {
    this.selection = selection;
    if (this.chart === null) return;
    (this.chart as unknown as { $selection: ChartSelection | null }).$selection = selection;
    this.chart.update('none');
  }

  /** Removes the drawing. */
  clear(): void {
    this.chart?.destroy();
    this.chart = null;
    this.selection = null;
  }

  private common() {
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: {
        duration: reduced ? 0 : 350,
        onComplete: () => {
          this.drawn = this.drawing;
        },
      },
      onClick: (_event: unknown, elements: { datasetIndex: number; index: number }[]) => {
        const element = elements[0];
        if (element !== undefined) this.pick({ dataset: element.datasetIndex, index: element.index });
      },
      onHover: (event: { native: Event | null }, elements: unknown[]) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
      },
    };
  }

  private draw(config: ChartConfiguration<'line'> | ChartConfiguration<'bar'>, metric: string): void {
    this.clear();
    this.drawing += 1;
    const chart = new Chart(this.canvas, config as ChartConfiguration<'line' | 'bar'>);
    Object.assign(chart, { $metric: metric, $selection: null });
    this.chart = chart;
    // Without animation Chart.js draws at once and calls no onComplete: the drawing is done.
    if (!animator.running(chart)) this.drawn = this.drawing;
  }

  private pick(selection: ChartSelection): void {
    this.select(selection);
    this.options.onSelect(selection);
  }

  private textWidth(text: string): number {
    const ctx = document.createElement('canvas').getContext('2d');
    if (ctx === null) return text.length * 8;
    ctx.font = `600 12px ${FONT}`;
    return ctx.measureText(text).width;
  }

  /** Arrows: left/right (or up/down on bars) move along, up/down change line; Home and End jump. */
  private onKey(event: KeyboardEvent): void {
    const chart = this.chart;
    if (chart === null) return;
    const datasets = chart.data.datasets.map((dataset) => dataset.data.map((value) => typeof value === 'number'));
    const has = (dataset: number, index: number) => datasets[dataset]?.[index] === true;
    const current = this.selection ?? this.first(datasets);
    if (current === null) return;
    const isBar = chart.getDatasetMeta(0).type === 'bar';
    const along: Record<string, number> = isBar ? { ArrowDown: 1, ArrowUp: -1, ArrowRight: 1, ArrowLeft: -1 } : { ArrowRight: 1, ArrowLeft: -1 };
    let next: ChartSelection | null = null;
    if (this.selection === null && (event.key in along || event.key === 'ArrowUp' || event.key === 'ArrowDown')) next = current;
    else if (event.key in along) next = step(current, along[event.key]!, datasets[current.dataset]?.length ?? 0, (i) => has(current.dataset, i));
    else if (!isBar && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      const direction = event.key === 'ArrowUp' ? -1 : 1;
      for (let d = current.dataset + direction; d >= 0 && d < datasets.length; d += direction) {
        const row = datasets[d]!;
        const index = nearestTrue(row, current.index);
        if (index !== null) {
          next = { dataset: d, index };
          break;
        }
      }
    } else if (event.key === 'Home' || event.key === 'End') {
      const row = datasets[current.dataset] ?? [];
      const index = event.key === 'Home' ? row.indexOf(true) : row.lastIndexOf(true);
      if (index >= 0) next = { dataset: current.dataset, index };
    } else return;
    event.preventDefault();
    if (next !== null) this.pick(next);
  }

  private first(datasets: boolean[][]): ChartSelection | null {
    for (let d = 0; d < datasets.length; d += 1) {
      const index = datasets[d]!.indexOf(true);
      if (index >= 0) return { dataset: d, index };
    }
    return null;
  }
}

function step(from: ChartSelection, direction: number, length: number, has: (index: number) => boolean): ChartSelection {
  for (let i = from.index + direction; i >= 0 && i < length; i += direction) if (has(i)) return { dataset: from.dataset, index: i };
  return from;
}

function nearestTrue(row: boolean[], index: number): number | null {
  for (let distance = 0; distance < row.length; distance += 1) {
    if (row[index - distance] === true) return index - distance;
    if (row[index + distance] === true) return index + distance;
  }
  return null;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
