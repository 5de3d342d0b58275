/** The benchmark's own logic: options, answer comparison, percentiles, targets, the report and charts. */

import { differs } from '../../bench/answers';
import { percentile } from '../../bench/hammer';
import { parseOptions } from '../../bench/options';
import fs from 'node:fs';
import path from 'node:path';
import { checkTargets, latencyChart, markdownReport, readmeSummary, README_END, README_START, throughputChart, withReadmeSummary } from '../../bench/report';
import type { BenchResults, Measurement } from '../../bench/results';
import { MIX, WORKLOADS } from '../../bench/workloads';

describe('bench options', () => {
  it('default to the seed graph and scale 100, every contender and workload, 3 rounds', () => {
    const o = parseOptions([]);
    expect(o.scales).toEqual([0, 100]);
    expect(o.contenders).toEqual(['autograph', 'autograph-nobatch', 'neo4j-graphql', 'cypher']);
    expect(o.workloads).toEqual(['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7']);
    expect(o.rounds).toBe(3);
  });

  it('read lists and numbers, sorting scales', () => {
    const o = parseOptions(['--scales', '100,0,10', '--contenders', 'autograph,cypher', '--workloads', 'W2', '--rounds', '5']);
    expect(o.scales).toEqual([0, 10, 100]);
    expect(o.contenders).toEqual(['autograph', 'cypher']);
    expect(o.workloads).toEqual(['W2']);
    expect(o.rounds).toBe(5);
  });

  it.each([
    [['--rounds', '0'], '--rounds must be a whole number from 1 to 100; got "0".'],
    [['--contenders', 'autograph,hasura'], '--contenders: "hasura" is not one of autograph, autograph-nobatch, neo4j-graphql, cypher.'],
    [['--scales', 'big'], '--scales takes whole numbers from 0 to 1000, comma-separated; got "big".'],
    [['--speed', '9'], 'Unknown option --speed; known: --scales, --contenders, --workloads, --rounds, --round-seconds, --warmup, --connections, --seed, --out.'],
    [['--rounds'], 'Option --rounds needs a value.'],
  ])('refuse %j with a message naming the option', (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(message);
  });
});

describe('workloads', () => {
  it('are W1 to W6 with a depth each, and the mix names only them, lookups most', () => {
    expect(WORKLOADS.map((w) => w.id)).toEqual(['W1', 'W2', 'W3', 'W4', 'W5', 'W6']);
    for (const w of WORKLOADS) expect(w.depth).toBeGreaterThanOrEqual(1);
    for (const id of MIX) expect(WORKLOADS.some((w) => w.id === id)).toBe(true);
    expect(MIX.filter((id) => id === 'W1').length).toBeGreaterThan(MIX.length / 4);
  });
});

describe('answer comparison', () => {
  it('is exact for most workloads and names the first difference', () => {
    const a = { automaker: { id: 'automaker:byd', name: 'BYD' } };
    expect(differs('W1', a, { automaker: { name: 'BYD', id: 'automaker:byd' } })).toBeNull();
    expect(differs('W1', a, { automaker: { id: 'automaker:byd', name: 'Byd' } })).toBe('$.automaker.name: expected "BYD", got "Byd"');
    expect(differs('W5', { search: [1, 2] }, { search: [1] })).toBe('$.search: expected 2 items, got 1');
  });

  it('compares a path by length, ends and chaining (equally short paths may differ)', () => {
    const path = (mid: string, steps = [['a', mid], [mid, 'b']]) => ({
      path: { length: 2, nodes: [{ id: 'a' }, { id: mid }, { id: 'b' }], steps: steps.map(([from, to]) => ({ from, to })) },
    });
    expect(differs('W4', path('x'), path('y'))).toBeNull();
    expect(differs('W4', path('x'), path('y', [['a', 'y'], ['x', 'b']]))).toBe('$.chained: expected true, got false');
    expect(differs('W4', path('x'), { path: null })).toBe('$: expected {"length":2,"from":"a","to":"b","steps":2,"chained":true}, got null');
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

function results(overrides: Partial<Record<string, Partial<Measurement>>> = {}): BenchResults {
  const base = (scale: number, contender: Measurement['contender'], workload: Measurement['workload'], throughput: number, p50: number): Measurement => ({
    scale, contender, workload, throughput, requests: throughput * 10, errors: 0, p50, p95: p50 * 2, p99: p50 * 3,
    queriesPerRequest: 1, serverCpuMsPerRequest: 1, neo4jCpuMsPerRequest: 1, peakRssMb: 100, answer: 'match',
    ...overrides[`${scale}|${contender}|${workload}`],
  });
  const measurements: Measurement[] = [];
  for (const scale of [0, 100]) {
    for (const workload of ['W1', 'W2'] as const) {
      measurements.push(base(scale, 'autograph', workload, 1000, 5), base(scale, 'neo4j-graphql', workload, 500, 10), base(scale, 'cypher', workload, 1200, 4));
    }
  }
  return {
    startedAt: '2026-11-29T06:00:00.000Z', finishedAt: '2026-11-29T06:10:00.000Z',
    machine: { cpus: 2, cpuModel: 'Test CPU', memoryGiB: 24, os: 'Linux', node: '20', neo4j: 'Community 5.26 (embedded)' },
    settings: { connections: 8, warmupSeconds: 3, roundSeconds: 5, rounds: 3, seed: 42 },
    contenders: [{ id: 'autograph', label: 'Autograph' }, { id: 'neo4j-graphql', label: '@neo4j/graphql' }, { id: 'cypher', label: 'Hand-written Cypher' }],
    workloads: [{ id: 'W1', title: 'lookup by id', depth: 1 }, { id: 'W2', title: 'page', depth: 5 }],
    scales: [{ scale: 0, nodes: 500, relationships: 1000, loadSeconds: 0 }, { scale: 100, nodes: 300000, relationships: 1000000, loadSeconds: 120 }],
    measurements,
  };
}

describe('targets', () => {
  it('hold when Autograph beats the peer, nears the limit, stays within depth and latency grows little', () => {
    expect(checkTargets(results()).map((t) => t.holds)).toEqual([true, true, true, true]);
  });

  it('name each miss', () => {
    const checks = checkTargets(
      results({
        '100|autograph|W2': { throughput: 400, p50: 9, queriesPerRequest: 7 },
      }),
    );
    expect(checks.map((t) => t.misses)).toEqual([
      ['W2 at scale 100: 0.80×'],
      ['W2 at scale 100: 0.33×'],
      ['W2 at scale 100: 7 queries, depth 5'],
      ['W2: p50 5.0 → 9.0 ms (1.80×)'],
    ]);
  });
});

describe('report', () => {
  it('has a row per contender and workload, the ratios, and the targets', () => {
    const md = markdownReport(results());
    expect(md).toContain('2 × Test CPU, 24 GiB');
    expect(md).toContain('| W1 lookup by id | Autograph | 1,000 | 5.0 | 10.0 | 15.0 |');
    expect(md).toContain('| W1 lookup by id | 2.00× | 0.83× |');
    expect(md).toContain('✅ Autograph ≥ 1.0× the peer’s throughput on every workload');
  });

  it('draws a bar per measurement and a panel per workload', () => {
    const bars = throughputChart(results(), 100);
    expect(bars.startsWith('<svg')).toBe(true);
    expect(bars.match(/<rect x=/g)).toHaveLength(6 + 3);
    const lines = latencyChart(results());
    expect(lines.match(/<polyline /g)).toHaveLength(6);
    expect(lines.trim().endsWith('</svg>')).toBe(true);
  });
});

describe('the README benchmark block', () => {
  const root = path.join(__dirname, '..', '..');

  it('is the summary of the committed latest run (npm run bench rewrites both)', () => {
    const latest = JSON.parse(fs.readFileSync(path.join(root, 'bench', 'results', 'latest.json'), 'utf8')) as BenchResults;
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(withReadmeSummary(readme, readmeSummary(latest))).toBe(readme);
    for (const chart of ['throughput.svg', 'latency.svg']) expect(fs.existsSync(path.join(root, 'bench', 'results', chart))).toBe(true);
  });

  it('is replaced between its markers only', () => {
    const readme = `intro\n${README_START}\nold\n${README_END}\nrest\n`;
    expect(withReadmeSummary(readme, 'new\n')).toBe(`intro\n${README_START}\nnew\n${README_END}\nrest\n`);
    expect(() => withReadmeSummary('no block', 'x')).toThrow('README.md has no benchmark block');
  });
});
