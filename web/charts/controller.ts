/**
 * The charts page's controller: keeps the state (and the address in step with it), switches views,
 * asks for each chart's data (cancelling a request overtaken by a newer one), hands answers to the
 * views, and turns failures into messages on the page.
 */

import { byId, h } from '../src/dom';
import { downloadText } from '../src/download';
import { runQuery } from '../src/graphql';
import type { ChartSelection } from './chart-view';
import type { PageParts } from './page';
import { RankedControls } from './ranked-controls';
import { RankedView } from './ranked-view';
import { loadDestinations, loadSellers, type RankingsResult } from './ranking-data';
import { SeriesControls } from './series-controls';
import { loadSeries } from './series-data';
import { SeriesView, seriesTitle } from './series-view';
import { EXAMPLES, parseState, serializeState, type ChartsState, type View } from './state';

export class ChartsController {
  private state: ChartsState;
  private readonly names = new Map<string, string>();
  private request: AbortController | null = null;
  private readonly seriesControls: SeriesControls;
  private readonly destinationControls: RankedControls;
  private readonly sellerControls: RankedControls;
  private readonly seriesView: SeriesView;
  private readonly destinationsView: RankedView;
  private readonly sellersView: RankedView;
  /** Rankings of the last answer of each ranked view, for its ranking picker. */
  private lastRankings: Record<'destinations' | 'sellers', RankingsResult | null> = { destinations: null, sellers: null };

  constructor(private readonly parts: PageParts) {
    const names = { nameOf: (id: string) => this.names.get(id) ?? id, learnName: (id: string, name: string) => this.names.set(id, name) };
    this.seriesControls = new SeriesControls({ ...names, onChange: (series) => this.update({ ...this.state, series }) });
    this.destinationControls = new RankedControls({
      ...names,
      view: 'destinations',
      onChange: (patch) => this.update({ ...this.state, destinations: { ...this.state.destinations, ...patch } }),
    });
    this.sellerControls = new RankedControls({ ...names, view: 'sellers', onChange: (patch) => this.update({ ...this.state, sellers: { ...this.state.sellers, ...patch } }) });
    this.seriesView = new SeriesView(parts);
    this.destinationsView = new RankedView(parts, 'destinations');
    this.sellersView = new RankedView(parts, 'sellers');
    parts.onChartSelect = (selection) => this.select(selection);

    const parsed = parseState(window.location.search);
    this.state = parsed.state;
    this.showAddressProblems(parsed.problems);
    this.renderExamples();
    for (const button of document.querySelectorAll<HTMLButtonElement>('.views button[data-view]')) {
      button.addEventListener('click', () => this.update({ ...this.state, view: button.dataset['view'] as View }));
    }
    parts.downloadChart.addEventListener('click', () => this.download(this.activeView().csv()));
    parts.downloadList.addEventListener('click', () => this.download(this.sellersView.listCsv()));
    window.addEventListener('popstate', () => {
      // The address holds the shown view's choices only: the other views keep theirs.
      const { state: back, problems } = parseState(window.location.search);
      this.showAddressProblems(problems);
      void this.apply({ ...this.state, view: back.view, [back.view]: back[back.view] });
    });
    history.replaceState(null, '', `?${serializeState(this.state)}`);
    void this.apply(this.state);
  }

  /** The state shown (for the tests and the console). */
  get current(): ChartsState {
    return this.state;
  }

  /** A new state chosen on the page: a new entry in the history, then shown. */
  private update(next: ChartsState): void {
    const query = serializeState(next);
    if (`?${query}` !== window.location.search) history.pushState(null, '', `?${query}`);
    this.parts.addressProblems.hidden = true;
    void this.apply(next);
  }

  /** Shows a state: the view's settings, then its data. */
  private async apply(state: ChartsState): Promise<void> {
    this.state = state;
    const view = state.view;
    this.parts.root.dataset['view'] = view;
    for (const button of document.querySelectorAll<HTMLButtonElement>('.views button[data-view]')) {
      button.setAttribute('aria-pressed', String(button.dataset['view'] === view));
    }
    // The same settings stay in place (a checkbox just ticked keeps the focus); another view's replace them.
    const controls = this.controlsOf(view).element;
    if (this.parts.controls.firstElementChild !== controls) this.parts.controls.replaceChildren(controls);
    this.parts.settingsWhat.textContent = view === 'series' ? ': lines, flows, measure, years' : view === 'destinations' ? ': exporter, year, ranking' : ': market, year, ranking, whose sellers';
    this.showControls(null);
    this.parts.downloadList.hidden = view !== 'sellers';
    await this.load(state);
  }

  private showControls(result: RankingsResult | null): void {
    const { state } = this;
    if (state.view === 'series') this.seriesControls.show(state.series);
    else if (state.view === 'destinations') this.destinationControls.show(state.destinations, result?.rankings ?? this.rankingsFor('destinations'));
    else this.sellerControls.show(state.sellers, result?.rankings ?? this.rankingsFor('sellers'));
  }

  /** The last rankings of a view, while they are those of the place and year shown. */
  private rankingsFor(view: 'destinations' | 'sellers') {
    const last = this.lastRankings[view];
    const asked = this.state[view];
    return last !== null && last.place?.id === asked.place && last.year === asked.year ? last.rankings : null;
  }

  private async load(state: ChartsState): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    const { parts } = this;
    parts.setStatus('Loading…', 'busy');
    parts.chartTitle.textContent = this.titleOf(state);
    try {
      if (state.view === 'series') {
        const result = await loadSeries(state.series, request.signal);
        if (request.signal.aborted) return;
        for (const line of result.lines) this.names.set(line.entityId, line.entityName);
        this.seriesControls.show(state.series);
        parts.chartTitle.textContent = this.titleOf(state);
        this.seriesView.show(result, parts.chartTitle.textContent);
      } else {
        const sellers = state.view === 'sellers' ? await loadSellers(state.sellers, request.signal) : null;
        const result = sellers ?? (await loadDestinations(state.destinations, request.signal));
        if (request.signal.aborted) return;
        if (result.place !== null) this.names.set(result.place.id, result.place.name);
        for (const link of sellers?.sellers ?? []) if (link.sellerCountry !== null) this.names.set(link.sellerCountry.id, link.sellerCountry.name);
        this.lastRankings[state.view] = result;
        await this.learnNames([state.view === 'sellers' ? state.sellers.sellerCountry : null], request.signal);
        if (request.signal.aborted) return;
        this.showControls(result);
        parts.chartTitle.textContent = this.titleOf(state);
        (state.view === 'destinations' ? this.destinationsView : this.sellersView).show(result, parts.chartTitle.textContent, (id) => this.names.get(id) ?? id);
      }
    } catch (error) {
      if (request.signal.aborted) return;
      parts.resetResult('Nothing to show: the data could not be loaded.');
      parts.listBody.replaceChildren(h('p', { className: 'muted' }, 'Nothing to list: the data could not be loaded.'));
      parts.setStatus(`The server could not answer: ${(error as Error).message}`, 'error', () => void this.load(this.state));
    }
  }

  /** Asks the graph for the names of ids the page has not met yet (a country only named in the address). */
  private async learnNames(ids: (string | null)[], signal: AbortSignal): Promise<void> {
    const unknown = ids.filter((id): id is string => id !== null && !this.names.has(id));
    if (unknown.length === 0) return;
    const fields = unknown.map((_, i) => `n${i}: node(id: $id${i}) { id ... on Country { name } ... on Market { name } ... on Automaker { name } ... on Brand { name } }`);
    const query = `query ChartNames(${unknown.map((_, i) => `$id${i}: ID!`).join(', ')}) { ${fields.join(' ')} }`;
    try {
      const data = await runQuery<Record<string, { id: string; name?: string } | null>>(query, Object.fromEntries(unknown.map((id, i) => [`id${i}`, id])), signal);
      for (const node of Object.values(data)) if (node?.name !== undefined) this.names.set(node.id, node.name);
    } catch {
      // A name is a nicety: without it the id shows.
    }
  }

  private titleOf(state: ChartsState): string {
    const name = (id: string) => this.names.get(id) ?? id;
    if (state.view === 'series') return seriesTitle(state.series, name);
    if (state.view === 'destinations') return `Where ${name(state.destinations.place)}’s exports went, ${state.destinations.year}`;
    return `Sellers in ${name(state.sellers.place)}, ${state.sellers.year}`;
  }

  private select(selection: ChartSelection): void {
    this.activeView().select(selection);
  }

  private activeView(): SeriesView | RankedView {
    return this.state.view === 'series' ? this.seriesView : this.state.view === 'destinations' ? this.destinationsView : this.sellersView;
  }

  private controlsOf(view: View): SeriesControls | RankedControls {
    return view === 'series' ? this.seriesControls : view === 'destinations' ? this.destinationControls : this.sellerControls;
  }

  private download(file: { fileName: string; text: string } | null): void {
    if (file !== null) downloadText(file.fileName, file.text);
  }

  private renderExamples(): void {
    byId('example-list').replaceChildren(
      ...EXAMPLES.map((example) => {
        const href = `?${serializeState(example.state)}`;
        return h(
          'li',
          {},
          h(
            'a',
            {
              href,
              'data-example': example.id,
              onClick: (event: Event) => {
                // A plain link (it opens in a new tab too); here it changes the chart without a reload.
                const mouse = event as MouseEvent;
                if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button !== 0) return;
                event.preventDefault();
                this.update(example.state);
              },
            },
            h('span', { className: 'wide-only' }, example.label),
            h('span', { className: 'narrow-only' }, example.short),
          ),
        );
      }),
    );
  }

  private showAddressProblems(problems: string[]): void {
    const box = this.parts.addressProblems;
    box.hidden = problems.length === 0;
    box.textContent = problems.length === 0 ? '' : `Some of the address was not understood and left at its default: ${problems.join('; ')}.`;
  }
}

