/**
 * A search box that looks entities up as you type (debounced `search(text, first)`), as an ARIA
 * combobox: arrows move through the results, Enter picks the highlighted one (or the first), Escape
 * closes the list; a click picks too. Shared by the explorer and the charts.
 */

import { h } from './dom';
import { runQuery } from './graphql';
import { kindStyle, shapeSvg } from './kinds';
import { SEARCH_QUERY, hitName, type SearchHit } from './search';

export { hitName };

const DEBOUNCE_MS = 250;
const RESULTS = 8;
/**
 * How many hits to ask for when only some kinds are wanted: the search ranks sources among the
 * entities, so the first eight hits of "BYD" may hold no automaker at all.
 */
const RESULTS_BEFORE_FILTER = 40;

export interface PickerOptions {
  id: string;
  label: string;
  placeholder?: string;
  /** Only hits of these __typenames (e.g. ['Country', 'Automaker']); every kind when left out. */
  kinds?: readonly string[];
  /** Keep the label for screen readers only (the placeholder and the context say what the box is for). */
  hiddenLabel?: boolean;
  /** Empty the box after a pick, ready for the next one (a list being built), instead of showing the pick. */
  clearOnPick?: boolean;
  onPick(hit: SearchHit): void;
}

export class SearchPicker {
  readonly element: HTMLDivElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly hint: HTMLParagraphElement;
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: number | undefined;
  private inFlight: AbortController | undefined;
  private lastText = '';
  /** The entity picked last (null until one is). */
  picked: SearchHit | null = null;

  constructor(private readonly options: PickerOptions) {
    const listId = `${options.id}-results`;
    this.input = h('input', {
      id: options.id,
      type: 'search',
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      placeholder: options.placeholder ?? 'Type a name, e.g. BYD',
    });
    this.list = h('ul', { id: listId, role: 'listbox', className: 'picker-results', 'aria-label': `${options.label}: results`, hidden: true });
    this.hint = h('p', { className: 'picker-hint', 'aria-live': 'polite' });
    this.element = h('div', { className: 'picker' }, h('label', { for: options.id, className: options.hiddenLabel === true ? 'visually-hidden' : undefined }, options.label), this.input, this.list, this.hint);

    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => {
      // Let a click on a result land first.
      window.setTimeout(() => this.close(), 150);
    });
    this.input.addEventListener('focus', () => {
      if (this.hits.length > 0 && this.input.value.trim() === this.lastText) this.open();
    });
  }

  /** Shows an entity as picked (e.g. one chosen in the graph) without searching. */
  setPicked(hit: SearchHit): void {
    this.picked = hit;
    this.input.value = hitName(hit);
    this.lastText = this.input.value.trim();
    this.hits = [];
    this.close();
  }

  /** Empties the box and forgets the pick. */
  clear(): void {
    this.picked = null;
    this.input.value = '';
    this.lastText = '';
    this.hits = [];
    this.close();
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.search(), DEBOUNCE_MS);
  }

  private async search(): Promise<SearchHit[]> {
    const text = this.input.value.trim();
    if (text === this.lastText && this.hits.length > 0) return this.hits;
    this.lastText = text;
    this.inFlight?.abort();
    if (text === '') {
      this.render([]);
      this.hint.textContent = '';
      return [];
    }
    const controller = new AbortController();
    this.inFlight = controller;
    this.hint.textContent = 'Searching…';
    try {
      const kinds = this.options.kinds;
      const first = kinds === undefined ? RESULTS : RESULTS_BEFORE_FILTER;
      const data = await runQuery<{ search: SearchHit[] }>(SEARCH_QUERY, { text, first }, controller.signal);
      if (controller.signal.aborted) return [];
      const hits = (kinds === undefined ? data.search : data.search.filter((hit) => kinds.includes(hit.__typename))).slice(0, RESULTS);
      this.render(hits);
      this.hint.textContent = hits.length === 0 ? `Nothing matches “${text}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'}: arrows to move, Enter to pick.`;
      return hits;
    } catch (error) {
      if (controller.signal.aborted) return [];
      this.render([]);
      this.hint.textContent = `Search failed: ${(error as Error).message}`;
      return [];
    }
  }

  private render(hits: SearchHit[]): void {
    this.hits = hits;
    this.active = hits.length > 0 ? 0 : -1;
    this.list.replaceChildren(
      ...hits.map((hit, index) =>
        h(
          'li',
          {
            id: `${this.options.id}-option-${index}`,
            role: 'option',
            className: 'picker-option',
            'data-id': hit.id,
            'aria-selected': 'false',
            onMousedown: (event: Event) => event.preventDefault(),
            onClick: () => this.pick(index),
          },
          shapeSvg(hit.__typename, 14),
          h('span', { className: 'picker-name' }, hitName(hit)),
          h('span', { className: 'picker-kind' }, kindStyle(hit.__typename).label),
        ),
      ),
    );
    if (hits.length > 0 && document.activeElement === this.input) this.open();
    else this.close();
    this.highlight();
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private highlight(): void {
    [...this.list.children].forEach((option, index) => option.setAttribute('aria-selected', String(index === this.active)));
    if (this.active >= 0 && !this.list.hidden) {
      this.input.setAttribute('aria-activedescendant', `${this.options.id}-option-${this.active}`);
      this.list.children[this.active]?.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private async onKey(event: KeyboardEvent): Promise<void> {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.hits.length === 0) return;
      this.open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.highlight();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      window.clearTimeout(this.timer);
      // Enter before the debounce fired: search now, then pick the best match.
      if (this.input.value.trim() !== this.lastText || this.hits.length === 0) {
        await this.search();
        this.active = this.hits.length > 0 ? 0 : -1;
      }
      if (this.active >= 0) this.pick(this.active);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private pick(index: number): void {
    const hit = this.hits[index];
    if (hit === undefined) return;
    if (this.options.clearOnPick === true) this.clear();
    else this.setPicked(hit);
    this.hint.textContent = '';
    this.options.onPick(hit);
  }
}
