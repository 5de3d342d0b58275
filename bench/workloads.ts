/**
 * The fixed workloads of the benchmark, as Autograph asks them. Every contender answers the same
 * question; its answer is turned into the shape Autograph's `data` has (contenders/*), and the harness
 * checks the answers match before it times anything.
 *
 * The parameters name entities of the real seeds (they exist at every scale): the synthetic graph is
 * generated around them, so the same question meets a larger graph as the scale grows.
 */

export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4' | 'W5' | 'W6';

export interface Workload {
  id: WorkloadId;
  /** What the workload asks, in a few words (table rows, chart labels). */
  title: string;
  /** The Autograph GraphQL document. */
  query: string;
  variables: Record<string, unknown>;
  /** Depth of the document's selection (the target: Cypher queries per request ≤ depth). */
  depth: number;
}

export const WORKLOADS: readonly Workload[] = [
  {
    id: 'W1',
    title: 'lookup by id',
    query: `query W1($id: ID!) { automaker(id: $id) { id name } }`,
    variables: { id: 'automaker:byd' },
    depth: 1,
  },
  {
    id: 'W2',
    title: '100 automakers, country, factories, factory country',
    query: `query W2($first: Int!) {
  automakers(first: $first) {
    pageInfo { hasNextPage }
    edges { node { id name country { id name } factories(first: 50) { id name country { id code } } } }
  }
}`,
    variables: { first: 100 },
    depth: 5,
  },
  {
    id: 'W3',
    title: 'country, automakers, markets, figures',
    query: `query W3($id: ID!) {
  country(id: $id) {
    id
    name
    automakers(first: 20) {
      id
      name
      markets(first: 20) { kind since market { id name } }
      exports(first: 10) { id value basis periodStart periodEnd destination { id name } }
    }
  }
}`,
    variables: { id: 'country:CN' },
    depth: 4,
  },
  {
    id: 'W4',
    title: 'shortest path',
    query: `query W4($from: ID!, $to: ID!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    length
    nodes { __typename id }
    steps { type from to sources { id } }
  }
}`,
    variables: { from: 'automaker:tesla', to: 'market:russia', maxHops: 4 },
    depth: 3,
  },
  {
    id: 'W5',
    title: 'full-text search',
    query: `query W5($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    __typename
    id
    ... on Automaker { name }
    ... on Country { name }
    ... on Factory { name }
  }
}`,
    variables: { text: 'BYD', first: 20 },
    depth: 1,
  },
  {
    id: 'W6',
    title: 'exporter ranking',
    query: `query W6($year: Int!) {
  exporterRanking(year: $year) {
    rank
    exporter { __typename ... on Country { id name } ... on Automaker { id name } }
    figure { id value basis countedBy reportedBy { id name } source { id publisher } }
  }
}`,
    variables: { year: 2023 },
    depth: 3,
  },
];

/**
 * W7, the mixed workload: what an app and a researcher send in a day, in proportion (lookups most,
 * paths least). Each connection walks this list in order, round and round.
 */
export const MIX: readonly WorkloadId[] = ['W1', 'W2', 'W1', 'W3', 'W1', 'W5', 'W1', 'W6', 'W2', 'W1', 'W5', 'W4'];

export const workload = (id: WorkloadId): Workload => {
  const found = WORKLOADS.find((w) => w.id === id);
  if (found === undefined) throw new Error(`no workload ${id}`);
  return found;
};
