/**
 * The charts page: exports, production or sales over the years (several entities, or several flows
 * of one), a country's export destinations and the sellers in a market, each value with its source,
 * and every chart and list as CSV. The state lives in the address, so a chart is shared by its link.
 */

import '../src/base.css';
import '../src/picker.css';
import './charts.css';
import { ChartsController } from './controller';
import { PageParts } from './page';

const parts = new PageParts();
const controller = new ChartsController(parts);

// For the browser tests and for anyone curious in the console: the Chart.js instance, whether its
// drawing is finished and still, and the state shown.
(window as unknown as { autographCharts: unknown }).autographCharts = {
  chart: () => parts.chart.chart,
  still: () => parts.chart.still,
  state: () => controller.current,
};
