/**
 * The time series' settings: the entities drawn (chips, and a search to add one), the flows, the
 * measure (metric, vehicle class, counted by) and the years. Each change hands a new state up.
 */

import { h } from '../src/dom';
import { SearchPicker } from '../src/search-picker';
import { LINE_COLORS } from './chart-view';
import { MAX_ENTITIES, MAX_LINES, MAX_YEAR, MIN_YEAR, type SeriesState } from './state';
import { COUNTED_BY_LABELS, FLOW_LABELS, FLOWS, METRIC_LABELS, VEHICLE_CLASS_LABELS, keysOf, type FigureFlow } from './vocabulary';

export interface SeriesControlsOptions {
  onChange(next: SeriesState): void;
  /** The name of an entity as far as the page knows it (its id until then). */
  nameOf(id: string): string;
  /** Tells the page an entity's name (from a search hit). */
  learnName(id: string, name: string): void;
}

export class SeriesControls {
  readonly element: HTMLElement;
  private state!: SeriesState;
  private readonly chips = h('ul', { className: 'chips', 'aria-label': 'Drawn' });
  private readonly picker: SearchPicker;
  private readonly flowBoxes = new Map<FigureFlow, HTMLInputElement>();
  private readonly metric: HTMLSelectElement;
  private readonly vehicleClass: HTMLSelectElement;
  private readonly countedBy: HTMLSelectElement;
  private readonly from: HTMLInputElement;
  private readonly to: HTMLInputElement;
  private readonly note = h('p', { className: 'control-note', id: 'series-note', 'aria-live': 'polite' });

  constructor(private readonly options: SeriesControlsOptions) {
    this.picker = new SearchPicker({
      id: 'add-entity',
      label: 'Add a country, automaker or brand',
      placeholder: '+ Add a country, automaker or brand',
      hiddenLabel: true,
      kinds: ['Country', 'Automaker', 'Brand'],
      clearOnPick: true,
      onPick: (hit) => {
        options.learnName(hit.id, hit.name ?? hit.id);
        this.add(hit.id);
      },
    });
    const flows = h(
      'div',
      { className: 'checks' },
      ...FLOWS.map((flow) => {
        const box = h('input', { type: 'checkbox', value: flow, id: `flow-${flow}`, onChange: () => this.toggleFlow(flow, box.checked) });
        this.flowBoxes.set(flow, box);
        return h('label', { for: `flow-${flow}` }, box, FLOW_LABELS[flow]);
      }),
    );
    this.metric = select('metric', METRIC_LABELS, () => this.change({ metric: this.metric.value as SeriesState['metric'] }));
    this.vehicleClass = select('vehicle-class', VEHICLE_CLASS_LABELS, () => this.change({ vehicleClass: this.vehicleClass.value as SeriesState['vehicleClass'] }));
    this.countedBy = select('counted-by', COUNTED_BY_LABELS, () => this.change({ countedBy: this.countedBy.value as SeriesState['countedBy'] }));
    this.from = yearInput('year-from', () => this.changeYears());
    this.to = yearInput('year-to', () => this.changeYears());

    this.element = h(
      'div',
      { className: 'control-set', id: 'series-controls' },
      h('fieldset', { className: 'grow' }, h('legend', {}, 'Lines'), h('div', { className: 'chips-row' }, this.chips, this.picker.element)),
      h('fieldset', {}, h('legend', {}, 'Flows'), flows),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Measure'),
        h(
          'div',
          { className: 'fields' },
          h('label', { className: 'field' }, h('span', {}, 'Metric'), this.metric),
          h('label', { className: 'field' }, h('span', {}, 'Vehicles'), this.vehicleClass),
          h('label', { className: 'field' }, h('span', {}, 'Counted by'), this.countedBy),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Years'),
        h('div', { className: 'fields' }, h('label', { className: 'field' }, h('span', {}, 'From'), this.from), h('label', { className: 'field' }, h('span', {}, 'To'), this.to)),
      ),
      this.note,
    );
  }

  /** Shows a state (the chips, boxes and fields follow it). */
  show(state: SeriesState): void {
    this.state = state;
    const colored = state.flows.length === 1;
    this.chips.replaceChildren(
      ...state.ids.map((id, index) => {
        const name = this.options.nameOf(id);
        return h(
          'li',
          { className: 'chip', 'data-id': id },
          colored ? h('span', { className: 'chip-swatch', style: `background:${LINE_COLORS[index % LINE_COLORS.length]}`, 'aria-hidden': 'true' }) : null,
          h('span', {}, name),
          h('button', { type: 'button', 'aria-label': `Remove ${name}`, title: `Remove ${name}`, onClick: () => this.remove(id) }, '×'),
        );
      }),
    );
    if (state.ids.length === 0) this.chips.append(h('li', { className: 'muted' }, 'Nothing drawn: add a country, an automaker or a brand.'));
    for (const [flow, box] of this.flowBoxes) box.checked = state.flows.includes(flow);
    this.metric.value = state.metric;
    this.vehicleClass.value = state.vehicleClass;
    this.countedBy.value = state.countedBy;
    this.from.value = state.from === null ? '' : String(state.from);
    this.to.value = state.to === null ? '' : String(state.to);
    this.from.removeAttribute('aria-invalid');
    this.to.removeAttribute('aria-invalid');
  }

  private change(patch: Partial<SeriesState>): void {
    this.note.textContent = '';
    this.options.onChange({ ...this.state, ...patch });
  }

  private add(id: string): void {
    const { ids, flows } = this.state;
    if (ids.includes(id)) {
      this.note.textContent = `${this.options.nameOf(id)} is drawn already.`;
    } else if (ids.length >= MAX_ENTITIES || (ids.length + 1) * flows.length > MAX_LINES) {
      this.note.textContent = `At most ${MAX_LINES} lines (and ${MAX_ENTITIES} entities) at once: remove one first.`;
    } else {
      this.change({ ids: [...ids, id] });
    }
  }

  private remove(id: string): void {
    this.change({ ids: this.state.ids.filter((other) => other !== id) });
    this.picker.input.focus();
  }

  private toggleFlow(flow: FigureFlow, on: boolean): void {
    const flows = FLOWS.filter((other) => (other === flow ? on : this.state.flows.includes(other)));
    if (flows.length === 0) {
      this.flowBoxes.get(flow)!.checked = true;
      this.note.textContent = 'At least one flow is drawn.';
    } else if (flows.length * this.state.ids.length > MAX_LINES) {
      this.flowBoxes.get(flow)!.checked = false;
      this.note.textContent = `At most ${MAX_LINES} lines at once: remove an entity or a flow first.`;
    } else {
      this.change({ flows });
    }
  }

  private changeYears(): void {
    const from = readYear(this.from);
    const to = readYear(this.to);
    if (from === undefined || to === undefined) {
      this.note.textContent = `A year is a number from ${MIN_YEAR} to ${MAX_YEAR} (or empty: as far as the figures go).`;
      return;
    }
    if (from !== null && to !== null && from > to) {
      this.to.setAttribute('aria-invalid', 'true');
      this.note.textContent = 'The last year comes before the first.';
      return;
    }
    this.change({ from, to });
  }
}

function select<K extends string>(id: string, labels: Readonly<Record<K, string>>, onChange: () => void): HTMLSelectElement {
  return h('select', { id, onChange }, ...keysOf(labels).map((value) => h('option', { value }, labels[value])));
}

function yearInput(id: string, onChange: () => void): HTMLInputElement {
  return h('input', { id, type: 'number', inputmode: 'numeric', min: MIN_YEAR, max: MAX_YEAR, step: 1, placeholder: 'any', onChange });
}

/** The year in a field: a number, null when empty, undefined (and the field marked) when not a year. */
function readYear(input: HTMLInputElement): number | null | undefined {
  const text = input.value.trim();
  input.removeAttribute('aria-invalid');
  if (text === '') return null;
  const year = Number(text);
  if (Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) return year;
  input.setAttribute('aria-invalid', 'true');
  return undefined;
}
