/**
 * The ranked views' settings: the place (an exporter, or a market), the year, which of its
 * rankings to draw, and for a market, whose sellers to list. Each change hands a new state up.
 */

import { h } from '../src/dom';
import { SearchPicker } from '../src/search-picker';
import type { Ranking } from './ranking-data';
import { MAX_YEAR, MIN_YEAR, idKind, type RankedState, type SellersState } from './state';

/** The choices these settings show: a ranked view's, with whose sellers to list for a market. */
export type RankedChoices = RankedState & Partial<Pick<SellersState, 'sellerCountry'>>;

export interface RankedControlsOptions {
  /** "destinations": an exporter's destinations; "sellers": a market's sellers, and whose to list. */
  view: 'destinations' | 'sellers';
  /** A change to the choices: only what changed. */
  onChange(patch: Partial<SellersState>): void;
  nameOf(id: string): string;
  learnName(id: string, name: string): void;
}

export class RankedControls {
  readonly element: HTMLElement;
  private readonly place: SearchPicker;
  private readonly sellerCountry: SearchPicker | null = null;
  private readonly anyCountry: HTMLButtonElement | null = null;
  private readonly year: HTMLInputElement;
  private readonly ranking: HTMLSelectElement;
  private readonly note = h('p', { className: 'control-note', 'aria-live': 'polite' });

  constructor(private readonly options: RankedControlsOptions) {
    const prefix = options.view;
    const sellers = options.view === 'sellers';
    this.place = new SearchPicker({
      id: `${prefix}-place`,
      label: sellers ? 'Market (a country or a region)' : 'Exporter (a country or an automaker)',
      placeholder: sellers ? 'e.g. Brazil, Europe' : 'e.g. China, BYD',
      kinds: sellers ? ['Country', 'Market'] : ['Country', 'Automaker'],
      onPick: (hit) => {
        options.learnName(hit.id, hit.name ?? hit.id);
        this.change({ place: hit.id, ranking: null });
      },
    });
    this.year = h('input', {
      id: `${prefix}-year`,
      type: 'number',
      inputmode: 'numeric',
      min: MIN_YEAR,
      max: MAX_YEAR,
      step: 1,
      required: true,
      onChange: () => this.changeYear(),
    });
    this.ranking = h('select', { id: `${prefix}-ranking`, onChange: () => this.change({ ranking: this.ranking.value }) });
    const sets: HTMLElement[] = [
      h('fieldset', { className: 'grow' }, h('legend', { className: 'visually-hidden' }, sellers ? 'Market' : 'Exporter'), this.place.element),
      h('fieldset', {}, h('legend', { className: 'visually-hidden' }, 'Year'), h('label', { className: 'field' }, h('span', {}, 'Year'), this.year)),
      h('fieldset', { className: 'wide' }, h('legend', { className: 'visually-hidden' }, 'Ranking'), h('label', { className: 'field' }, h('span', {}, 'Ranking (reporter, period and measure)'), this.ranking)),
    ];
    if (sellers) {
      this.sellerCountry = new SearchPicker({
        id: 'sellers-from',
        label: 'List the sellers from',
        placeholder: 'a country, e.g. China',
        kinds: ['Country'],
        onPick: (hit) => {
          options.learnName(hit.id, hit.name ?? hit.id);
          this.change({ sellerCountry: hit.id });
        },
      });
      this.anyCountry = h('button', { type: 'button', className: 'small', id: 'sellers-any', onClick: () => this.change({ sellerCountry: null }) }, 'From anywhere');
      sets.push(h('fieldset', { className: 'grow' }, h('legend', { className: 'visually-hidden' }, 'Sellers listed'), this.sellerCountry.element, this.anyCountry));
    }
    this.element = h('div', { className: 'control-set', id: `${prefix}-controls` }, ...sets, this.note);
  }

  /** Shows a state; `rankings` fills the ranking picker (empty until they have loaded). */
  show(state: RankedChoices, rankings: readonly Ranking[] | null): void {
    this.place.setPicked({ __typename: idKind(state.place) === 'market' ? 'Market' : idKind(state.place) === 'automaker' ? 'Automaker' : 'Country', id: state.place, name: this.options.nameOf(state.place) });
    this.year.value = String(state.year);
    this.year.removeAttribute('aria-invalid');
    if (rankings === null || rankings.length === 0) {
      this.ranking.replaceChildren(h('option', { value: '' }, rankings === null ? 'Loading…' : 'None in this year'));
      this.ranking.disabled = true;
    } else {
      this.ranking.replaceChildren(...rankings.map((ranking) => h('option', { value: ranking.key }, ranking.label)));
      this.ranking.value = rankings.some((ranking) => ranking.key === state.ranking) ? state.ranking! : rankings[0]!.key;
      this.ranking.disabled = false;
    }
    if (this.sellerCountry !== null && this.anyCountry !== null) {
      if (state.sellerCountry === null || state.sellerCountry === undefined) {
        this.sellerCountry.clear();
        this.sellerCountry.input.placeholder = 'anywhere (type a country to narrow)';
      } else {
        this.sellerCountry.setPicked({ __typename: 'Country', id: state.sellerCountry, name: this.options.nameOf(state.sellerCountry) });
      }
      this.anyCountry.disabled = state.sellerCountry === null || state.sellerCountry === undefined;
    }
  }

  private change(patch: Partial<SellersState>): void {
    this.note.textContent = '';
    this.options.onChange(patch);
  }

  private changeYear(): void {
    const year = Number(this.year.value.trim());
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      this.year.setAttribute('aria-invalid', 'true');
      this.note.textContent = `The year is a number from ${MIN_YEAR} to ${MAX_YEAR}.`;
      return;
    }
    this.change({ year, ranking: null });
  }
}
