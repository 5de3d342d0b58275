/** Short names for nodes, as drawn in the graph and listed beside it. */

import { formatCompact, formatFigurePeriod, humanize } from './format';

export interface NamedNode {
  __typename: string;
  id: string;
  name?: string;
  shortName?: string | null;
  title?: string;
  publisher?: string;
  metric?: string;
  value?: number;
  periodStart?: string;
  periodEnd?: string;
  claimKind?: string;
  unit?: string;
}

/** The name a person reads: an entity's name, a source's publisher and title, a figure's value and period. */
export function nodeLabel(node: NamedNode): string {
  switch (node.__typename) {
    case 'Organization':
      return node.shortName ?? node.name ?? node.id;
    case 'Source': {
      const title = node.title ?? node.id;
      const short = title.length > 48 ? `${title.slice(0, 46)}…` : title;
      return node.publisher !== undefined ? `${node.publisher}: ${short}` : short;
    }
    case 'TradeFigure': {
      if (node.value === undefined || node.metric === undefined) return node.id;
      const value = node.metric === 'GROWTH_PERCENT' ? `${node.value}%` : node.metric === 'VALUE_USD' ? `$${formatCompact(node.value)}` : formatCompact(node.value);
      const period = node.periodStart !== undefined && node.periodEnd !== undefined ? ` (${formatFigurePeriod(node.periodStart, node.periodEnd)})` : '';
      return `${value} ${humanize(node.metric === 'UNITS' ? 'vehicles' : node.metric === 'VALUE_USD' ? 'value' : 'growth')}${period}`;
    }
    case 'FactoryClaim':
      return node.value === undefined || node.claimKind === undefined
        ? node.id
        : `${humanize(node.claimKind.toLowerCase())} ${formatCompact(node.value)} ${node.unit === 'VEHICLES_PER_YEAR' ? 'vehicles/yr' : (node.unit ?? '')}`.trim();
    default:
      return node.name ?? node.title ?? node.id;
  }
}
