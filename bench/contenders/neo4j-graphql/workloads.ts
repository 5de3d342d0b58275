/**
 * The benchmark's workloads (bench/workloads.ts) as a user of the peer asks them of the schema
 * @neo4j/graphql generates from type-defs.ts, and how the peer's `data` turns into exactly the `data`
 * Autograph answers (same keys in the same order, same list order, same nulls, same `__typename`s).
 *
 * The orders Autograph uses are asked of the peer as sorts (every one ends with the id, so the order
 * is total): automakers page by id (AUTOMAKER_CONNECTION's default order); an automaker's factories
 * and a country's automakers by name then id; an exporter's figures by period start, period end,
 * metric, id; an automaker's market links by market name, market id, relationship type (the three
 * relationship types are three fields in the peer, each sorted and cut the same way, merged here).
 */

import { toLuceneQuery } from '../../../src/graph/search';
import type { WorkloadId } from '../../workloads';

export interface PeerRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface PeerWorkload {
  /** The peer's request for the Autograph workload's variables. */
  request(vars: Record<string, unknown>): PeerRequest;
  /** The peer's `data` in the shape of Autograph's `data` for the same workload. */
  toAutographData(data: unknown): unknown;
}

type Json = Record<string, any>;

const first = <T>(list: readonly T[] | null | undefined): T | null => list?.[0] ?? null;

/** Cypher's order of two strings (by code unit; both are plain BMP text here). */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Autograph's number of search results when `first` is left out (graph.resolver.ts). */
const DEFAULT_SEARCH_RESULTS = 10;

const W1: PeerWorkload = {
  request: (vars) => ({
    query: `query W1($id: ID!) { automakers(where: { id: { eq: $id } }) { id name } }`,
    variables: { id: vars['id'] },
  }),
  toAutographData: (data) => ({ automaker: first((data as Json)['automakers']) }),
};

const W2: PeerWorkload = {
  request: (vars) => ({
    query: `query W2($first: Int!) {
  automakersConnection(first: $first, sort: [{ id: ASC }]) {
    pageInfo { hasNextPage }
    edges {
      node {
        id
        name
        country { id name }
        factories(limit: 50, sort: [{ name: ASC }, { id: ASC }]) { id name country { id code } }
      }
    }
  }
}`,
    variables: { first: vars['first'] },
  }),
  toAutographData: (data) => {
    const connection = (data as Json)['automakersConnection'];
    return {
      automakers: {
        pageInfo: { hasNextPage: connection.pageInfo.hasNextPage },
        edges: connection.edges.map((edge: Json) => ({
          node: {
            id: edge.node.id,
            name: edge.node.name,
            country: first(edge.node.country),
            factories: edge.node.factories.map((f: Json) => ({ id: f.id, name: f.name, country: first(f.country) })),
          },
        })),
      },
    };
  },
};

/** The three market-link fields of the peer's Automaker, with the relationship type each stands for. */
const MARKET_LINK_FIELDS = [
  ['sellsInConnection', 'SELLS_IN'],
  ['exportsToConnection', 'EXPORTS_TO'],
  ['targetsConnection', 'TARGETS'],
] as const;

const MARKET_LINKS_SELECTION = MARKET_LINK_FIELDS.map(
  ([field]) =>
    `${field}(first: 20, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) { edges { properties { since } node { id name } } }`,
).join('\n      ');

const W3: PeerWorkload = {
  request: (vars) => ({
    query: `query W3($id: ID!) {
  countries(where: { id: { eq: $id } }) {
    id
    name
    automakers(limit: 20, sort: [{ name: ASC }, { id: ASC }]) {
      id
      name
      ${MARKET_LINKS_SELECTION}
      exports(limit: 10, sort: [{ periodStart: ASC }, { periodEnd: ASC }, { metric: ASC }, { id: ASC }]) {
        id value basis periodStart periodEnd destination { id name }
      }
    }
  }
}`,
    variables: { id: vars['id'] },
  }),
  toAutographData: (data) => {
    const country = first<Json>((data as Json)['countries']);
    if (country === null) return { country: null };
    return {
      country: {
        id: country['id'],
        name: country['name'],
        automakers: country['automakers'].map((a: Json) => {
          const links = MARKET_LINK_FIELDS.flatMap(([field, kind]) =>
            (a[field].edges as Json[]).map((edge) => ({ kind, since: edge['properties'].since, market: edge['node'] })),
          );
          links.sort((x, y) => compare(x.market.name, y.market.name) || compare(x.market.id, y.market.id) || compare(x.kind, y.kind));
          return {
            id: a['id'],
            name: a['name'],
            markets: links.slice(0, 20).map((l) => ({ kind: l.kind, since: l.since, market: { id: l.market.id, name: l.market.name } })),
            exports: (a['exports'] as Json[]).map((f) => ({
              id: f['id'],
              value: f['value'],
              basis: f['basis'],
              periodStart: f['periodStart'],
              periodEnd: f['periodEnd'],
              destination: first(f['destination']),
            })),
          };
        }),
      },
    };
  },
};

const W4: PeerWorkload = {
  request: (vars) => ({
    query: `query W4($from: ID!, $to: ID!, $maxHops: Int!) {
  path(from: $from, to: $to, maxHops: $maxHops) { length nodeIds nodeKinds steps { type from to sourceIds } }
}`,
    // Autograph's default bound when the workload gives none (graph.repository.ts DEFAULT_HOPS).
    variables: { from: vars['from'], to: vars['to'], maxHops: vars['maxHops'] ?? 4 },
  }),
  toAutographData: (data) => {
    const path = first<Json>((data as Json)['path']);
    if (path === null) return { path: null };
    return {
      path: {
        length: path['length'],
        nodes: (path['nodeIds'] as string[]).map((id, i) => ({ __typename: path['nodeKinds'][i], id })),
        steps: (path['steps'] as Json[]).map((s) => ({
          type: s['type'],
          from: s['from'],
          to: s['to'],
          sources: [...new Set(s['sourceIds'] as string[])].map((id) => ({ id })),
        })),
      },
    };
  },
};

/** Kinds whose `name` W5 asks for. */
const NAMED_KINDS = new Set(['Automaker', 'Country', 'Factory']);

const W5: PeerWorkload = {
  request: (vars) => ({
    query: `query W5($query: String!, $exact: String!, $limit: Int!) {
  search(query: $query, exact: $exact, limit: $limit) {
    __typename
    ... on Automaker { id name }
    ... on Country { id name }
    ... on Factory { id name }
    ... on Market { id }
    ... on Organization { id }
    ... on Source { id }
    ... on TradeMeasure { id }
    ... on TradeFigure { id }
    ... on FactoryClaim { id }
  }
}`,
    // The client turns the user's words into the same Lucene query Autograph builds (src/graph/search.ts).
    variables: {
      query: toLuceneQuery(String(vars['text'])),
      exact: String(vars['text']).trim().toLowerCase(),
      limit: vars['first'] ?? DEFAULT_SEARCH_RESULTS,
    },
  }),
  toAutographData: (data) => ({
    search: ((data as Json)['search'] as Json[]).map((hit) =>
      NAMED_KINDS.has(hit['__typename']) ? { __typename: hit['__typename'], id: hit['id'], name: hit['name'] } : { __typename: hit['__typename'], id: hit['id'] },
    ),
  }),
};

const W6: PeerWorkload = {
  request: (vars) => ({
    query: `query W6($year: Int!) {
  exporterRanking(year: $year, metric: UNITS, vehicleClass: ALL_VEHICLES, countedBy: MANUFACTURERS, exporterKind: COUNTRY) {
    id value basis countedBy
    exporter { __typename ... on Country { id name } ... on Automaker { id name } }
    reportedBy { id name }
    source { id publisher }
  }
}`,
    variables: { year: vars['year'] },
  }),
  toAutographData: (data) => ({
    exporterRanking: ((data as Json)['exporterRanking'] as Json[]).map((f, i) => ({
      rank: i + 1,
      exporter: first(f['exporter']),
      figure: {
        id: f['id'],
        value: f['value'],
        basis: f['basis'],
        countedBy: f['countedBy'],
        reportedBy: first(f['reportedBy']),
        source: first(f['source']),
      },
    })),
  }),
};

/** The peer's request and answer conversion for every workload. */
export const PEER: Record<WorkloadId, PeerWorkload> = { W1, W2, W3, W4, W5, W6 };
