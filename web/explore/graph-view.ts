/** The graph drawing (Cytoscape): node colour and shape per kind, edges labelled by relationship type. */

import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { KINDS, KIND_STYLES } from '../src/kinds';

const TEXT = '#1b1f24';
const EDGE = '#5f6b76';
const SELECTED = '#0b57d0';

export interface GraphViewEvents {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
}

/** Wraps one Cytoscape instance. */
export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({
      container,
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            color: TEXT,
            'font-size': 13,
            'font-family': 'system-ui, "Liberation Sans", sans-serif',
            'text-valign': 'bottom',
            'text-halign': 'center',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': '130px',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.88,
            'text-background-padding': '2px',
            'text-background-shape': 'roundrectangle',
            width: 26,
            height: 26,
            'border-width': 2,
            'border-color': '#ffffff',
          },
        },
        ...KINDS.map((kind) => ({
          selector: `node[kind = "${kind}"]`,
          style: { 'background-color': KIND_STYLES[kind].color, shape: KIND_STYLES[kind].shape },
        })),
        { selector: 'node[?center]', style: { width: 36, height: 36, 'font-weight': 'bold' } },
        { selector: 'node[?expanded]', style: { 'border-color': TEXT, 'border-width': 2 } },
        {
          selector: 'node:selected',
          style: { 'border-color': SELECTED, 'border-width': 5, 'font-weight': 'bold', 'z-index': 10 },
        },
        {
          selector: 'edge',
          style: {
            label: 'data(type)',
            width: 2,
            'line-color': EDGE,
            'target-arrow-color': EDGE,
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.9,
            'curve-style': 'bezier',
            color: TEXT,
            'font-size': 10,
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.9,
            'text-background-padding': '1px',
          },
        },
        { selector: 'edge[?onPath]', style: { width: 4 } },
        {
          selector: 'edge:selected',
          style: { width: 5, 'line-color': SELECTED, 'target-arrow-color': SELECTED, 'font-weight': 'bold', 'z-index': 10 },
        },
      ],
    });
    this.cy.on('tap', 'node', (event) => events.onNodeTap((event.target as NodeSingular).id()));
    this.cy.on('tap', 'edge', (event) => events.onEdgeTap(event.target.id() as string));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onBackgroundTap();
    });
  }

  /** Adds elements that are not there yet and updates the data of those that are. */
  merge(elements: ElementDefinition[]): number {
    let added = 0;
    this.cy.batch(() => {
      for (const element of elements) {
        const id = element.data.id!;
        const existing = this.cy.getElementById(id);
        if (existing.nonempty()) existing.data(element.data);
        else {
          this.cy.add(element);
          added += 1;
        }
      }
    });
    return added;
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /** Lays the graph out: force-directed around the nodes, or a line for a path. */
  layout(kind: 'neighbourhood' | 'path', near?: string): void {
    if (kind === 'path') {
      const nodes = this.cy.nodes().sort((a, b) => Number(a.data('order')) - Number(b.data('order')));
      const wide = (this.cy.container()?.clientWidth ?? 800) >= (this.cy.container()?.clientHeight ?? 600);
      nodes.forEach((node, index) => {
        node.position(wide ? { x: index * 190, y: index % 2 === 0 ? 0 : 70 } : { x: index % 2 === 0 ? 0 : 90, y: index * 130 });
      });
      this.fit();
      return;
    }
    const anchor = near !== undefined ? this.cy.getElementById(near) : undefined;
    if (anchor !== undefined && anchor.nonempty()) {
      // New nodes start next to the one they came from, so the drawing stays recognisable.
      const { x, y } = anchor.position();
      this.cy.nodes().forEach((node) => {
        if (node.data('placed') !== true) {
          node.position({ x: x + (Math.random() - 0.5) * 80, y: y + (Math.random() - 0.5) * 80 });
        }
      });
    }
    this.cy.nodes().forEach((node) => {
      node.data('placed', true);
    });
    this.cy
      .layout({
        name: 'cose',
        animate: false,
        randomize: anchor === undefined,
        fit: false,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        nodeDimensionsIncludeLabels: true,
      } as cytoscape.LayoutOptions)
      .run();
    this.fit();
  }

  /** Selects one element (and only it), bringing it into view. */
  select(id: string | null): void {
    this.cy.elements().unselect();
    if (id === null) return;
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    element.select();
    const extent = this.cy.extent();
    const box = element.boundingBox();
    if (box.x1 < extent.x1 || box.x2 > extent.x2 || box.y1 < extent.y1 || box.y2 > extent.y2) {
      this.cy.animate({ center: { eles: element } }, { duration: 200 });
    }
  }

  /** Fits the drawing in view, without blowing a small graph up past a readable size. */
  fit(): void {
    this.cy.fit(undefined, 30);
    if (this.cy.zoom() > 1.4) {
      this.cy.zoom(1.4);
      this.cy.center();
    }
  }
}
