/**
 * The graph explorer: search an entity, draw its neighbourhood, click (or pick from the list) a node
 * to expand it, select an edge or a trade figure to read its evidence; or, in path mode, draw the
 * shortest path between two entities with the evidence of each hop.
 */

import { byId, h } from '../src/dom';
import { formatDate, formatFigurePeriod, formatNumber, formatPeriod, humanize } from '../src/format';
import { runQuery } from '../src/graphql';
import { KINDS, kindStyle, shapeSvg } from '../src/kinds';
import { nodeLabel } from '../src/labels';
import { GraphView } from './graph-view';
import {
  NEIGHBORHOOD_QUERY,
  PATH_QUERY,
  type GraphEdge,
  type GraphNode,
  type NeighborhoodResult,
  type PathResult,
  type SourceInfo,
} from './model';
import type { SearchHit } from '../src/search';
import { SearchPicker, hitName } from '../src/search-picker';
import '../src/base.css';
import '../src/picker.css';
import './explore.css';

const NEIGHBOURS = 50;

type Mode = 'neighbourhood' | 'path';

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An edge's key: one drawn edge per (from, type, to). */
function edgeKey(edge: { from: string; type: string; to: string }): string {
  return `${edge.from}|${edge.type}|${edge.to}`;
}

class Explorer {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly expanded = new Set<string>();
  private mode: Mode = 'neighbourhood';
  private selected: { kind: 'node' | 'edge'; id: string } | null = null;
  private pathSteps: GraphEdge[] = [];
  private readonly view: GraphView;
  private readonly status = byId('status');
  private readonly details = byId('details-body');
  private readonly nodeList = byId<HTMLUListElement>('node-list');
  private readonly nodeCount = byId('node-count');
  private readonly depth = byId<HTMLSelectElement>('depth');
  private readonly maxHops = byId<HTMLSelectElement>('max-hops');
  private readonly centerPicker: SearchPicker;
  private readonly fromPicker: SearchPicker;
  private readonly toPicker: SearchPicker;

  constructor() {
    this.view = new GraphView(byId('cy'), {
      onNodeTap: (id) => {
        this.select({ kind: 'node', id });
        if (!this.expanded.has(id)) void this.expand(id);
      },
      onEdgeTap: (id) => this.select({ kind: 'edge', id }),
      onBackgroundTap: () => this.select(null),
    });
    this.centerPicker = new SearchPicker({ id: 'search-input', label: 'Find an entity', onPick: (hit) => void this.showNeighbourhood(hit) });
    this.fromPicker = new SearchPicker({ id: 'path-from', label: 'From', placeholder: 'e.g. Tesla', onPick: () => this.maybeFindPath() });
    this.toPicker = new SearchPicker({ id: 'path-to', label: 'To', placeholder: 'e.g. China', onPick: () => this.maybeFindPath() });
    byId('neighbourhood-pickers').append(this.centerPicker.element);
    byId('path-pickers').append(this.fromPicker.element, this.toPicker.element);

    byId('mode-neighbourhood').addEventListener('click', () => this.setMode('neighbourhood'));
    byId('mode-path').addEventListener('click', () => this.setMode('path'));
    byId('path-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.findPath();
    });
    this.depth.addEventListener('change', () => {
      const center = this.centerPicker.picked;
      if (center !== null) void this.showNeighbourhood(center);
    });
    byId('fit').addEventListener('click', () => this.view.fit());
    this.renderLegend();
    this.renderNodeList();
    this.renderDetails();

    // For the browser tests and for anyone curious in the console.
    (window as unknown as { autographExplorer: unknown }).autographExplorer = { cy: this.view.cy, explorer: this };

    const params = new URLSearchParams(window.location.search);
    const start = params.get('id');
    if (start !== null) void this.showNeighbourhood({ __typename: start.split(':')[0] ?? '', id: start, name: start });
  }

  private setMode(mode: Mode): void {
    this.mode = mode;
    byId('mode-neighbourhood').setAttribute('aria-pressed', String(mode === 'neighbourhood'));
    byId('mode-path').setAttribute('aria-pressed', String(mode === 'path'));
    byId('neighbourhood-controls').hidden = mode !== 'neighbourhood';
    byId('path-controls').hidden = mode !== 'path';
    (mode === 'path' ? this.fromPicker : this.centerPicker).input.focus();
  }

  private setStatus(text: string, kind: 'info' | 'error' | 'busy' = 'info'): void {
    this.status.textContent = text;
    this.status.dataset['kind'] = kind;
  }

  private reset(): void {
    this.nodes.clear();
    this.edges.clear();
    this.expanded.clear();
    this.pathSteps = [];
    this.selected = null;
    this.view.clear();
  }

  /** Draws an entity's neighbourhood from scratch. */
  private async showNeighbourhood(hit: SearchHit): Promise<void> {
    this.reset();
    this.setStatus(`Loading the neighbourhood of ${hitName(hit)}…`, 'busy');
    const ok = await this.loadNeighbourhood(hit.id, Number(this.depth.value));
    if (!ok) return;
    this.select({ kind: 'node', id: hit.id });
  }

  /** Merges a node's neighbourhood (depth 1) into the drawing. */
  private async expand(id: string): Promise<void> {
    const name = this.nodes.has(id) ? nodeLabel(this.nodes.get(id)!) : id;
    this.setStatus(`Expanding ${name}…`, 'busy');
    await this.loadNeighbourhood(id, 1);
  }

  private async loadNeighbourhood(id: string, depth: number): Promise<boolean> {
    let result: NeighborhoodResult;
    try {
      result = await runQuery<NeighborhoodResult>(NEIGHBORHOOD_QUERY, { id, depth, first: NEIGHBOURS });
    } catch (error) {
      this.setStatus(`Could not load the neighbourhood: ${(error as Error).message}`, 'error');
      return false;
    }
    const hood = result.neighborhood;
    if (hood === null) {
      this.setStatus(`${id} names nothing in the graph.`, 'error');
      return false;
    }
    const before = this.nodes.size;
    this.expanded.add(hood.center.id);
    for (const node of hood.nodes) this.nodes.set(node.id, { ...this.nodes.get(node.id), ...node });
    for (const edge of hood.edges) {
      if (this.nodes.has(edge.from) && this.nodes.has(edge.to)) this.edges.set(edgeKey(edge), edge);
    }
    this.draw('neighbourhood', before === 0 ? undefined : hood.center.id);
    this.renderDetails();
    const center = this.nodes.get(hood.center.id);
    const added = this.nodes.size - before;
    this.setStatus(
      `${center !== undefined ? nodeLabel(center) : id}: ${added} new node${added === 1 ? '' : 's'}; ${this.nodes.size} nodes and ${this.edges.size} relationships drawn.` +
        (hood.truncated ? ` Only the first ${NEIGHBOURS} neighbours are shown.` : '') +
        ' Click a node to expand it, or an edge for its sources.',
    );
    return true;
  }

  private maybeFindPath(): void {
    if (this.fromPicker.picked !== null && this.toPicker.picked !== null) void this.findPath();
  }

  /** Draws the shortest path between the two picked entities, with the evidence of each hop. */
  private async findPath(): Promise<void> {
    const from = this.fromPicker.picked;
    const to = this.toPicker.picked;
    if (from === null || to === null) {
      this.setStatus('Pick both ends of the path first (type a name, then Enter).', 'error');
      return;
    }
    this.setStatus(`Looking for a path from ${hitName(from)} to ${hitName(to)}…`, 'busy');
    let result: PathResult;
    try {
      result = await runQuery<PathResult>(PATH_QUERY, { from: from.id, to: to.id, maxHops: Number(this.maxHops.value) });
    } catch (error) {
      this.setStatus(`Could not find a path: ${(error as Error).message}`, 'error');
      return;
    }
    this.reset();
    if (result.path === null) {
      this.draw('path');
      this.setStatus(`No path from ${hitName(from)} to ${hitName(to)} within ${this.maxHops.value} hops.`, 'error');
      this.renderDetails();
      return;
    }
    result.path.nodes.forEach((node, order) => this.nodes.set(node.id, { ...node, order } as GraphNode));
    this.pathSteps = result.path.steps.map((step) => ({ ...step, id: edgeKey(step) }));
    for (const step of this.pathSteps) this.edges.set(edgeKey(step), step);
    this.draw('path');
    this.setStatus(
      `Path from ${hitName(from)} to ${hitName(to)}: ${result.path.length} hop${result.path.length === 1 ? '' : 's'}. Select a hop for its sources; click a node to expand it.`,
    );
    this.selected = null;
    this.renderDetails();
  }

  private draw(layout: 'neighbourhood' | 'path', near?: string): void {
    const onPath = new Set(this.pathSteps.map((step) => edgeKey(step)));
    this.view.merge([
      ...[...this.nodes.values()].map((node) => ({
        group: 'nodes' as const,
        data: {
          id: node.id,
          label: nodeLabel(node),
          kind: node.__typename,
          expanded: this.expanded.has(node.id),
          center: this.centerPicker.picked?.id === node.id && this.mode === 'neighbourhood',
          order: (node as GraphNode & { order?: number }).order ?? 0,
        },
      })),
      ...[...this.edges.entries()].map(([key, edge]) => ({
        group: 'edges' as const,
        data: { id: key, source: edge.from, target: edge.to, type: edge.type, onPath: onPath.has(key) },
      })),
    ]);
    this.view.layout(layout === 'path' && near === undefined ? 'path' : 'neighbourhood', near);
    this.renderNodeList();
  }

  private select(selection: { kind: 'node' | 'edge'; id: string } | null): void {
    this.selected = selection;
    this.view.select(selection?.id ?? null);
    this.renderNodeList();
    this.renderDetails();
  }

  private renderLegend(): void {
    byId('legend-list').replaceChildren(
      ...KINDS.map((kind) => h('li', {}, shapeSvg(kind, 16), h('span', {}, kindStyle(kind).label))),
    );
  }

  private renderNodeList(): void {
    const nodes = [...this.nodes.values()].sort(
      (a, b) => KINDS.indexOf(a.__typename as never) - KINDS.indexOf(b.__typename as never) || nodeLabel(a).localeCompare(nodeLabel(b)),
    );
    this.nodeCount.textContent = String(nodes.length);
    if (nodes.length === 0) {
      this.nodeList.replaceChildren(h('li', { className: 'muted' }, 'Nothing drawn yet.'));
      return;
    }
    this.nodeList.replaceChildren(
      ...nodes.map((node) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'node-button',
              'data-id': node.id,
              'aria-pressed': String(this.selected?.kind === 'node' && this.selected.id === node.id),
              onClick: () => this.select({ kind: 'node', id: node.id }),
            },
            shapeSvg(node.__typename, 14),
            h('span', { className: 'node-name' }, nodeLabel(node)),
            h('span', { className: 'visually-hidden' }, ` (${kindStyle(node.__typename).label})`),
            this.expanded.has(node.id) ? null : h('span', { className: 'node-more', title: 'not expanded yet' }, '+'),
          ),
        ),
      ),
    );
  }

  private name(id: string): string {
    const node = this.nodes.get(id);
    return node === undefined ? id : nodeLabel(node);
  }

  private renderDetails(): void {
    const selection = this.selected;
    if (selection === null) {
      if (this.mode === 'path' && this.pathSteps.length > 0) this.details.replaceChildren(...this.pathDetails());
      else
        this.details.replaceChildren(
          h('p', { className: 'muted' }, 'Select a node or an edge (click it in the graph, or pick a node from the list) to see what the graph knows and on whose word.'),
        );
      return;
    }
    if (selection.kind === 'edge') {
      const edge = this.edges.get(selection.id);
      this.details.replaceChildren(...(edge === undefined ? [] : this.edgeDetails(edge)));
    } else {
      const node = this.nodes.get(selection.id);
      this.details.replaceChildren(...(node === undefined ? [] : this.nodeDetails(node)));
    }
  }

  private pathDetails(): HTMLElement[] {
    return [
      h('h2', { id: 'details-title' }, `Path: ${this.pathSteps.length} hop${this.pathSteps.length === 1 ? '' : 's'}`),
      h(
        'ol',
        { className: 'path-steps' },
        ...this.pathSteps.map((step) =>
          h(
            'li',
            { className: 'path-step' },
            h(
              'button',
              { type: 'button', className: 'link-button', onClick: () => this.select({ kind: 'edge', id: edgeKey(step) }) },
              `${this.name(step.from)} —${step.type}→ ${this.name(step.to)}`,
            ),
            h('span', { className: 'source-meta' }, formatPeriod(step.since, step.sincePrecision, step.until, step.untilPrecision) ?? 'period not stated'),
            this.sourceList(step.sources),
          ),
        ),
      ),
    ];
  }

  private edgeDetails(edge: GraphEdge): HTMLElement[] {
    const period = formatPeriod(edge.since, edge.sincePrecision, edge.until, edge.untilPrecision);
    return [
      h('p', { className: 'kind-tag' }, 'Relationship'),
      h('h2', { id: 'details-title' }, capitalize(humanize(edge.type))),
      h(
        'p',
        { className: 'edge-ends' },
        this.nodeLink(edge.from),
        h('span', { className: 'edge-type' }, ` —${edge.type}→ `),
        this.nodeLink(edge.to),
      ),
      h('dl', {}, h('dt', {}, 'Period'), h('dd', {}, period ?? 'not stated')),
      h('h3', {}, `Sources (${edge.sources.length})`),
      this.sourceList(edge.sources),
      ...[edge.from, edge.to]
        .map((id) => this.nodes.get(id))
        .filter((node): node is GraphNode => node?.__typename === 'TradeFigure')
        .flatMap((figure) => [
          h('h3', {}, `Trade figure: ${nodeLabel(figure)}`),
          this.nodeFacts(figure),
          h('h4', {}, 'Its source'),
          figure.source ? this.sourceList([figure.source]) : h('p', { className: 'muted' }, 'No source recorded.'),
        ]),
      this.mode === 'path' && this.pathSteps.length > 0
        ? h('button', { type: 'button', className: 'link-button', onClick: () => this.select(null) }, '← The whole path')
        : null,
    ].filter((element): element is HTMLElement => element !== null);
  }

  private nodeLink(id: string): HTMLElement {
    return h('button', { type: 'button', className: 'link-button', onClick: () => this.select({ kind: 'node', id }) }, this.name(id));
  }

  private sourceList(sources: SourceInfo[]): HTMLElement {
    if (sources.length === 0) return h('p', { className: 'muted' }, 'No source recorded.');
    return h('ul', { className: 'sources' }, ...sources.map((source) => h('li', {}, ...this.sourceItem(source))));
  }

  private sourceItem(source: SourceInfo): (HTMLElement | string)[] {
    const published = formatDate(source.published, source.publishedPrecision);
    return [
      source.url !== null && source.url !== undefined
        ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer', className: 'source-title' }, source.title)
        : h('span', { className: 'source-title' }, source.title),
      h('span', { className: 'source-meta' }, [source.publisher, published !== null ? `published ${published}` : 'publication date not recorded'].join(' · ')),
    ];
  }

  /** A definition list of a node's facts (for a figure: value, metric, basis, period, reporter). */
  private nodeFacts(node: GraphNode): HTMLElement {
    const rows = this.nodeRows(node);
    return h('dl', {}, ...rows.filter(([, value]) => value !== null && value !== undefined && value !== '').flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value!)]));
  }

  private nodeRows(node: GraphNode): [string, string | HTMLElement | null | undefined][] {
    const rows: [string, string | HTMLElement | null | undefined][] = [['Id', node.id]];
    switch (node.__typename) {
      case 'Country':
        rows.push(['Code', node.code]);
        break;
      case 'Factory':
        rows.push(['City', node.city], ['Status', node.status !== undefined ? humanize(node.status) : null]);
        break;
      case 'Market':
        rows.push(['Kind', node.kind !== undefined ? humanize(node.kind) : null]);
        break;
      case 'Organization':
        rows.push(['Name', node.name], ['Short name', node.shortName]);
        break;
      case 'Source':
        rows.push(['Publisher', node.publisher], ['Published', formatDate(node.published, node.publishedPrecision)]);
        if (node.url) rows.push(['Link', h('a', { href: node.url, target: '_blank', rel: 'noopener noreferrer' }, node.url)]);
        break;
      case 'TradeFigure':
        if (node.value !== undefined) rows.push(['Value', `${formatNumber(node.value)}${node.metric === 'GROWTH_PERCENT' ? ' %' : node.metric === 'VALUE_USD' ? ' USD' : ''}`]);
        rows.push(
          ['Metric', node.metric !== undefined ? humanize(node.metric) : null],
          ['Basis', node.basis !== undefined ? humanize(node.basis) : null],
          ['Vehicles', node.vehicleClass !== undefined ? humanize(node.vehicleClass) : null],
          ['Period', node.periodStart !== undefined && node.periodEnd !== undefined ? formatFigurePeriod(node.periodStart, node.periodEnd) : null],
          ['Reported by', node.reportedBy ? `${node.reportedBy.name}${node.reportedBy.shortName ? ` (${node.reportedBy.shortName})` : ''}` : 'not attributed'],
        );
        break;
      default:
        break;
    }
    return rows;
  }

  private nodeDetails(node: GraphNode): HTMLElement[] {
    const incident = [...this.edges.entries()].filter(([, edge]) => edge.from === node.id || edge.to === node.id);
    return [
      h('p', { className: 'kind-tag' }, shapeSvg(node.__typename, 14), ` ${kindStyle(node.__typename).label}`),
      h('h2', { id: 'details-title' }, node.__typename === 'Source' ? (node.title ?? node.id) : nodeLabel(node)),
      this.nodeFacts(node),
      node.__typename === 'TradeFigure' ? h('h3', {}, 'Source') : null,
      node.__typename === 'TradeFigure' ? (node.source ? this.sourceList([node.source]) : h('p', { className: 'muted' }, 'No source recorded.')) : null,
      this.expanded.has(node.id)
        ? h('p', { className: 'muted' }, 'Its neighbourhood is drawn.')
        : h('button', { type: 'button', className: 'action', id: 'expand-selected', onClick: () => void this.expand(node.id) }, 'Expand its neighbourhood'),
      h('h3', {}, `Relationships drawn (${incident.length})`),
      incident.length === 0
        ? h('p', { className: 'muted' }, 'None drawn yet.')
        : h(
            'ul',
            { className: 'relationships' },
            ...incident.map(([key, edge]) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', className: 'link-button', 'data-edge': key, onClick: () => this.select({ kind: 'edge', id: key }) },
                  edge.from === node.id ? `—${edge.type}→ ${this.name(edge.to)}` : `${this.name(edge.from)} —${edge.type}→`,
                ),
                h('span', { className: 'source-count' }, ` ${edge.sources.length} source${edge.sources.length === 1 ? '' : 's'}`),
              ),
            ),
          ),
    ].filter((element): element is HTMLElement => element !== null);
  }
}

new Explorer();
