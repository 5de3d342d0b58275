/**
 * Load test: holds a mix of the documented queries (schema/operations) against a server on
 * 127.0.0.1 for a bounded time with autocannon, then prints requests, errors (non-2xx, GraphQL
 * errors, socket errors and timeouts), throughput, p50/p95/p99 latency, and the server's RSS and heap
 * (from its /metrics) before and after.
 *
 *   npm run load                                  # starts its own server + embedded Neo4j in a temp dir
 *   LOAD_URL=http://127.0.0.1:4000 npm run load   # uses a running server (127.0.0.1 / localhost only)
 *
 * LOAD_DURATION_S (default 150), LOAD_CONNECTIONS (default 8), LOAD_WARMUP_S (default 5).
 * A server started here runs with RATE_LIMIT_PER_MINUTE=0; a running one must have its limit off or high.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const root = path.join(__dirname, '..', '..');

interface Mix {
  name: string;
  file: string;
  variables: Record<string, unknown>;
}

/** The operations and variables a client app would send, each with a realistic argument. */
const MIX: Mix[] = [
  { name: 'NodeById', file: 'node.graphql', variables: { id: 'automaker:byd' } },
  { name: 'NodeById', file: 'node.graphql', variables: { id: 'country:CN' } },
  { name: 'Search', file: 'search.graphql', variables: { text: 'by', first: 10 } },
  { name: 'Search', file: 'search.graphql', variables: { text: 'Japan', first: 5 } },
  { name: 'ExporterRanking', file: 'exporter-ranking.graphql', variables: { year: 2023 } },
  { name: 'ExporterRanking', file: 'exporter-ranking.graphql', variables: { year: 2024, metric: 'UNITS' } },
  { name: 'PathBetween', file: 'path-between.graphql', variables: { from: 'automaker:tesla', to: 'country:CN' } },
  { name: 'PathBetween', file: 'path-between.graphql', variables: { from: 'automaker:byd', to: 'country:HU', maxHops: 4 } },
  { name: 'CountryFactories', file: 'country-factories.graphql', variables: { id: 'country:CN' } },
  { name: 'CountryFactories', file: 'country-factories.graphql', variables: { id: 'country:HU' } },
  { name: 'AutomakersPage', file: 'automakers-page.graphql', variables: { first: 20 } },
  { name: 'CountryExports', file: 'country-exports.graphql', variables: { id: 'country:JP', filter: { year: 2023 } } },
  { name: 'AutomakerExports', file: 'automaker-exports.graphql', variables: { id: 'automaker:byd' } },
  { name: 'AutomakerMarkets', file: 'automaker-markets.graphql', variables: { id: 'automaker:chery' } },
  { name: 'MarketDetail', file: 'market.graphql', variables: { id: 'market:europe' } },
];

const intEnv = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number; got "${raw}"`);
  return n;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Memory {
  rssMb: number;
  heapUsedMb: number;
}

async function serverMemory(base: string): Promise<Memory> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const metric = (name: string): number => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    rssMb: metric('autograph_process_resident_memory_bytes') / 2 ** 20,
    heapUsedMb: metric('autograph_nodejs_heap_size_used_bytes') / 2 ** 20,
  };
}

async function startOwnServer(): Promise<{ base: string; child: ChildProcess; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-load-'));
  const [port, bolt] = [await freePort(), await freePort()];
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && k !== 'API_TOKEN'));
  const child = spawn(process.execPath, [path.join(root, 'dist', 'src', 'index.js')], {
    cwd: root,
    env: {
      ...env,
      PORT: String(port),
      NEO4J_EMBEDDED_DIR: dir,
      NEO4J_EMBEDDED_PORT: String(bolt),
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The server did not get ready:\n${output}`);
    const ok = await fetch(`${base}/ready`).then((r) => r.ok, () => false);
    if (ok) return { base, child, dir };
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Mean server-side latency per operation, from the server's duration histogram (sum / count). */
async function perOperation(base: string): Promise<Map<string, { count: number; sum: number }>> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const table = new Map<string, { count: number; sum: number }>();
  for (const m of text.matchAll(/^autograph_graphql_request_duration_seconds_(sum|count)\{operation="([^"]+)"\} (\S+)$/gm)) {
    const row = table.get(m[2]!) ?? { count: 0, sum: 0 };
    row[m[1] as 'sum' | 'count'] = Number(m[3]);
    table.set(m[2]!, row);
  }
  return table;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const duration = intEnv('LOAD_DURATION_S', 150);
  const connections = intEnv('LOAD_CONNECTIONS', 8);
  const warmup = intEnv('LOAD_WARMUP_S', 5);
  let base = process.env['LOAD_URL']?.replace(/\/(graphql)?$/, '');
  let own: Awaited<ReturnType<typeof startOwnServer>> | undefined;
  if (base !== undefined && base !== '') {
    const host = new URL(base).hostname;
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) throw new Error(`LOAD_URL must be on this machine; got ${host}`);
  } else {
    console.log('Starting a server with an embedded Neo4j…');
    own = await startOwnServer();
    base = own.base;
  }

  const requests = MIX.map((m) => {
    const query = fs.readFileSync(path.join(root, 'schema', 'operations', m.file), 'utf8');
    return {
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: m.variables, operationName: m.name }),
    };
  });
  // Each document answers without errors before the run: a broken mix would measure nothing.
  for (const [i, r] of requests.entries()) {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: r.headers, body: r.body });
    const body = (await response.json()) as { errors?: unknown[] };
    if (!response.ok || body.errors !== undefined) throw new Error(`${MIX[i]!.name} failed: ${JSON.stringify(body)}`);
  }

  const run = (seconds: number, record: boolean) =>
    new Promise<{ result: autocannon.Result; latencies: number[]; graphqlErrors: number }>((resolve, reject) => {
      const latencies: number[] = [];
      let graphqlErrors = 0;
      const instance = autocannon(
        {
          url: base!,
          connections,
          duration: seconds,
          timeout: 30,
          requests: requests.map((r) => ({
            ...r,
            onResponse: (status: number, body: string) => {
              if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
            },
          })),
        },
        (error, result) => (error ? reject(error) : resolve({ result, latencies, graphqlErrors })),
      );
      if (record) instance.on('response', (_client, _status, _bytes, ms: number) => latencies.push(ms));
    });

  try {
    console.log(`Warming up for ${warmup} s…`);
    await run(warmup, false);
    const before = await serverMemory(base);
    const opsBefore = await perOperation(base);
    console.log(`Running ${MIX.length} documented operations in turn on ${connections} connections for ${duration} s against ${base}…`);
    const { result, latencies, graphqlErrors } = await run(duration, true);
    const after = await serverMemory(base);
    latencies.sort((a, b) => a - b);
    const non2xx = result.non2xx;
    const errors = non2xx + graphqlErrors + result.errors + result.timeouts;
    const lines = [
      `duration        ${duration} s, ${connections} connections, ${MIX.length} operations in the mix`,
      `requests        ${result.requests.total}`,
      `errors          ${errors} (non-2xx ${non2xx}, GraphQL errors ${graphqlErrors}, socket errors ${result.errors}, timeouts ${result.timeouts})`,
      `throughput      ${result.requests.average.toFixed(0)} req/s average`,
      `latency         p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${percentile(latencies, 100).toFixed(1)} ms`,
      `server RSS      ${before.rssMb.toFixed(0)} MiB before, ${after.rssMb.toFixed(0)} MiB after`,
      `server heap     ${before.heapUsedMb.toFixed(0)} MiB used before, ${after.heapUsedMb.toFixed(0)} MiB after`,
    ];
    const opsAfter = await perOperation(base);
    for (const [name, row] of [...opsAfter.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const prior = opsBefore.get(name) ?? { count: 0, sum: 0 };
      const count = row.count - prior.count;
      if (count > 0) lines.push(`  ${name.padEnd(18)} ${String(count).padStart(7)} requests, mean ${((1000 * (row.sum - prior.sum)) / count).toFixed(1)} ms in the server`);
    }
    console.log(lines.join('\n'));
    if (errors > 0) process.exitCode = 1;
  } finally {
    if (own !== undefined) {
      own.child.kill('SIGTERM');
      await new Promise((r) => own!.child.once('exit', r));
      fs.rmSync(own.dir, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
