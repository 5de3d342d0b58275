/** The explorer's GraphQL documents and the shapes they return. */

import type { DatePrecision } from '../src/format';

export interface SourceInfo {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  published: string | null;
  publishedPrecision: DatePrecision | null;
}

/** A node as the explorer keeps it: its __typename and whichever fields its kind has. */
export interface GraphNode {
  __typename: string;
  id: string;
  name?: string;
  code?: string;
  city?: string | null;
  status?: string;
  kind?: string;
  shortName?: string | null;
  title?: string;
  publisher?: string;
  url?: string | null;
  published?: string | null;
  publishedPrecision?: DatePrecision | null;
  metric?: string;
  value?: number;
  basis?: string;
  vehicleClass?: string;
  periodStart?: string;
  periodEnd?: string;
  claimKind?: string;
  unit?: string;
  reportedBy?: { name: string; shortName: string | null } | null;
  source?: SourceInfo | null;
}

export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  since?: string | null;
  sincePrecision?: DatePrecision | null;
  until?: string | null;
  untilPrecision?: DatePrecision | null;
  sources: SourceInfo[];
}

const SOURCE_FIELDS = 'id title publisher url published publishedPrecision';

const NODE_FIELDS = `
  __typename
  id
  ... on Country { name code }
  ... on Automaker { name }
  ... on Factory { name city status }
  ... on Market { name kind }
  ... on Organization { name shortName }
  ... on Source { ${SOURCE_FIELDS} }
  ... on TradeMeasure { name }
  ... on FactoryClaim { claimKind: kind value unit }
  ... on TradeFigure {
    metric value basis vehicleClass periodStart periodEnd
    reportedBy { name shortName }
    source { ${SOURCE_FIELDS} }
  }`;

export const NEIGHBORHOOD_QUERY = `query ExploreNeighborhood($id: ID!, $depth: Int, $first: Int) {
  neighborhood(id: $id, depth: $depth, first: $first) {
    truncated
    center { id }
    nodes { ${NODE_FIELDS} }
    edges {
      id type from to since sincePrecision until untilPrecision
      sources { ${SOURCE_FIELDS} }
    }
  }
}`;

export const PATH_QUERY = `query ExplorePath($from: ID!, $to: ID!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    length
    nodes { ${NODE_FIELDS} }
    steps { type from to since sincePrecision until untilPrecision sources { ${SOURCE_FIELDS} } }
  }
}`;

export interface NeighborhoodResult {
  neighborhood: { truncated: boolean; center: { id: string }; nodes: GraphNode[]; edges: GraphEdge[] } | null;
}

export interface PathResult {
  path: {
    length: number;
    nodes: GraphNode[];
    steps: Omit<GraphEdge, 'id'>[];
  } | null;
}
