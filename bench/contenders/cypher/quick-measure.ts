/**
 * A quick look, not the benchmark: holds each workload (and the W7 mix) for a few seconds with
 * autocannon against servers that are already running, in turn per workload, and prints req/s,
 * p50/p99 latency and the Cypher statements per request (the x-autograph-cypher-queries header).
 *
 *   node dist/bench/contenders/cypher/quick-measure.js autograph=http://127.0.0.1:4821 limit=http://127.0.0.1:4822
 *
 * QUICK_DURATION_S (default 5), QUICK_CONNECTIONS (default 8), QUICK_WARMUP_S (default 2).
 */

import autocannon from 'autocannon';
import { MIX, WORKLOADS, workload, type WorkloadId } from '../../workloads';

const num = (name: string, fallback: number): number => Number(process.env[name] || fallback);

function body(id: WorkloadId): string {
  const w = workload(id);
  return JSON.stringify({ query: w.query, variables: w.variables, operationName: w.id });
}

function run(url: string, ids: readonly WorkloadId[], seconds: number, connections: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration: seconds,
        headers: { 'content-type': 'application/json' },
        requests: ids.map((id) => ({ method: 'POST' as const, path: '/graphql', body: body(id) })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function main(): Promise<void> {
  const targets = process.argv.slice(2).map((arg) => {
    const [name, base] = arg.split('=');
    if (name === undefined || base === undefined) throw new Error(`expected name=http://127.0.0.1:port; got ${arg}`);
    return { name, base: base.replace(/\/$/, '') };
  });
  const seconds = num('QUICK_DURATION_S', 5);
  const connections = num('QUICK_CONNECTIONS', 8);
  const warmup = num('QUICK_WARMUP_S', 2);
  const rows: string[] = ['| workload | ' + targets.map((t) => `${t.name} req/s | p50 ms | p99 ms | queries`).join(' | ') + ' |'];
  rows.push('|' + ' --- |'.repeat(1 + 4 * targets.length));
  const cells = new Map<string, string[]>();
  const work: { label: string; ids: readonly WorkloadId[] }[] = [...WORKLOADS.map((w) => ({ label: `${w.id} ${w.title}`, ids: [w.id] })), { label: 'W7 mix', ids: MIX }];
  // Workload by workload, each contender in turn: a shared machine's load drifts, and this spreads it evenly.
  for (const { label, ids } of work) {
    for (const target of targets) {
      const statements = await Promise.all(
        [...new Set(ids)].map(async (id) => {
          const response = await fetch(`${target.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(id) });
          if (!response.ok) throw new Error(`${target.name} ${id}: HTTP ${response.status} ${await response.text()}`);
          return Number(response.headers.get('x-autograph-cypher-queries'));
        }),
      );
      if (warmup > 0) await run(target.base, ids, warmup, connections);
      const result = await run(target.base, ids, seconds, connections);
      const errors = result.errors + result.timeouts + result.non2xx;
      const mixed = ids.length > 1 ? 'mix' : String(statements[0]);
      const cell = `${result.requests.average.toFixed(0)}${errors > 0 ? ` (${errors} errors)` : ''} | ${result.latency.p50} | ${result.latency.p99} | ${mixed}`;
      cells.set(label, [...(cells.get(label) ?? []), cell]);
      process.stderr.write(`${target.name} ${label}: ${cell}\n`);
    }
  }
  for (const { label } of work) rows.push(`| ${label} | ${(cells.get(label) ?? []).join(' | ')} |`);
  process.stdout.write(rows.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
