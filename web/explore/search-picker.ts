/**
 * A search box that looks entities up as you type (debounced `search(text, first)`), as an ARIA
 * combobox: arrows move through the results, Enter picks the highlighted one (or the first), Escape
 * closes the list; a click picks too.
 */

import { h } from '../src/dom';
import { runQuery } from '../src/graphql';
import { kindStyle, shapeSvg } from '../src/kinds';
import { SEARCH_QUERY, type SearchHit } from './model';

const DEBOUNCE_MS = 250;
const RESULTS = 8;

export interface PickerOptions {
  id: string;
  label: string;
  placeholder?: string;
  onPick(hit: SearchHit): void;
}

/** The name of a search hit. */
export function hitName(hit: SearchHit): string {
  return hit.name ?? hit.title ?? hit.id;
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
    this.element = h('div', { className: 'picker' }, h('label', { for: options.id }, options.label), this.input, this.list, this.hint);

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
      const data = await runQuery<{ search: SearchHit[] }>(SEARCH_QUERY, { text, first: RESULTS }, controller.signal);
      if (controller.signal.aborted) return [];
      this.render(data.search);
      this.hint.textContent = data.search.length === 0 ? `Nothing matches “${text}”.` : `${data.search.length} result${data.search.length === 1 ? '' : 's'}: arrows to move, Enter to pick.`;
      return data.search;
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
    this.setPicked(hit);
    this.hint.textContent = '';
    this.options.onPick(hit);
  }
}
