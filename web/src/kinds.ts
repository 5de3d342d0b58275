/** The kinds of node, how each is drawn (colour and shape, with a legend) and named. */

export type NodeKind = 'Country' | 'Automaker' | 'Factory' | 'Market' | 'Organization' | 'Source' | 'TradeFigure' | 'TradeMeasure' | 'FactoryClaim';

export interface KindStyle {
  label: string;
  /** Fill colour: at least 3:1 against white (WCAG non-text contrast). */
  color: string;
  /** A Cytoscape node shape. */
  shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'octagon' | 'rectangle' | 'star';
}

export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  Country: { label: 'Country', color: '#1f6fb2', shape: 'ellipse' },
  Automaker: { label: 'Automaker', color: '#c2410c', shape: 'round-rectangle' },
  Factory: { label: 'Factory', color: '#15803d', shape: 'hexagon' },
  Market: { label: 'Market', color: '#7c3aed', shape: 'diamond' },
  Organization: { label: 'Organization', color: '#be185d', shape: 'octagon' },
  Source: { label: 'Source', color: '#57606a', shape: 'rectangle' },
  TradeFigure: { label: 'Trade figure', color: '#8a5a00', shape: 'star' },
  TradeMeasure: { label: 'Trade measure', color: '#b91c1c', shape: 'octagon' },
  FactoryClaim: { label: 'Factory claim', color: '#0e7490', shape: 'diamond' },
};

export const KINDS = Object.keys(KIND_STYLES) as NodeKind[];

/** The style of a __typename (an unknown one is drawn like a source). */
export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind as NodeKind] ?? { label: kind, color: '#57606a', shape: 'rectangle' };
}

/** An SVG outline of a shape, for the legend and lists (viewBox 0 0 20 20). */
export function shapeSvg(kind: string, size = 16): SVGSVGElement {
  const style = kindStyle(kind);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('kind-shape');
  const points: Record<string, string> = {
    hexagon: '5,2 15,2 19,10 15,18 5,18 1,10',
    diamond: '10,1 19,10 10,19 1,10',
    octagon: '6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6',
    star: '10,1 12.6,7.2 19,7.6 14,11.8 15.6,18.6 10,15 4.4,18.6 6,11.8 1,7.6 7.4,7.2',
  };
  let shape: SVGElement;
  if (style.shape === 'ellipse') {
    shape = document.createElementNS(ns, 'circle');
    shape.setAttribute('cx', '10');
    shape.setAttribute('cy', '10');
    shape.setAttribute('r', '9');
  } else if (style.shape === 'rectangle' || style.shape === 'round-rectangle') {
    shape = document.createElementNS(ns, 'rect');
    shape.setAttribute('x', '1');
    shape.setAttribute('y', '3');
    shape.setAttribute('width', '18');
    shape.setAttribute('height', '14');
    if (style.shape === 'round-rectangle') shape.setAttribute('rx', '4');
  } else {
    shape = document.createElementNS(ns, 'polygon');
    shape.setAttribute('points', points[style.shape] ?? points['diamond']!);
  }
  shape.setAttribute('fill', style.color);
  svg.append(shape);
  return svg;
}
