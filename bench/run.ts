/**
 * The benchmark: one command starts an embedded Neo4j, seeds it, and for each chosen scale loads the
 * synthetic graph, starts every contender in its own process on the same database, checks that their
 * answers match Autograph's, then times each workload from this process (autocannon on 127.0.0.1):
 * a warm-up, then rounds in which the contenders take turns. It prints a markdown table and writes
 * bench/results/latest.{json,md} and two SVG charts.
 *
 *   npm run bench                                    # scales 0 (the seed graph) and 100 (~1M relationships)
 *   npm run bench -- --scales 0,10,100 --rounds 3 --round-seconds 5 --warmup 3 --connections 8
 *   npm run bench -- --contenders autograph,neo4j-graphql --workloads W2,W3
 *
 * BENCH_NEO4J_URI (with BENCH_NEO4J_PASSWORD) uses another Neo4j instead: the harness empties it.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../src/neo4j/driver';
import { projectRoot, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/neo4j/embedded/launcher';
import { Executor } from '../src/neo4j/executor';
import { applySchema } from '../src/neo4j/schema';
import { seedDatabase } from '../src/seed';
import { differs } from './answers';
import { contender, type Contender, type ContenderId, type RequestBody } from './contenders';
import { clearSynthetic, countGraph, loadScale } from './generate/load';
import { hammer, percentile, type LoadResult } from './hammer';
import { cpuTimeMs, memoryMb, resetPeakMemory } from './process-stats';
import { latencyChart, markdownReport, throughputChart } from './report';
import type { BenchResults, BenchWorkloadId, Measurement, ScaleInfo } from './results';
import { parseOptions, type Options } from './options';
import { updateReadme } from './readme';
import { MIX, WORKLOADS, type WorkloadId } from './workloads';

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

const log = (line: string): void => void process.stderr.write(`${line}\n`);

interface Running {
  contender: Contender;
  child: ChildProcess;
  base: string;
  output: string[];
}

interface Neo4jTarget {
  uri: string;
  password: string;
  pid: number | undefined;
}

/** Starts a contender's server on a free port and waits until it answers W1. */
async function startContender(c: Contender, neo4j: Neo4jTarget): Promise<Running> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [c.program], {
    cwd: projectRoot(),
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      ...c.env,
      PORT: String(port),
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: 'neo4j',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (d: Buffer): void => {
    output.push(d.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${c.label} exited with ${child.exitCode}:\n${output.join('')}`);
    try {
      const res = await post(base, c.request('W1'));
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${c.label} did not answer within 120 s:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { contender: c, child, base, output };
}

async function stopContender(r: Running): Promise<void> {
  if (r.child.exitCode !== null) return;
  r.child.kill('SIGTERM');
  await new Promise((resolve) => {
    const timer = setTimeout(() => {
      r.child.kill('SIGKILL');
      resolve(undefined);
    }, 20_000);
    r.child.once('exit', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}

async function post(base: string, body: RequestBody): Promise<{ status: number; json: { data?: unknown; errors?: unknown[] }; queries: number }> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as { data?: unknown; errors?: unknown[] };
  return { status: res.status, json, queries: Number(res.headers.get('x-autograph-cypher-queries') ?? Number.NaN) };
}

/** The requests one workload sends (the mix for W7), for one contender. */
const bodiesOf = (c: Contender, id: BenchWorkloadId): RequestBody[] => (id === 'W7' ? MIX : [id]).map((w) => c.request(w));

/**
 * Asks every contender each workload once and compares its answer with Autograph's. Returns the
 * verdict per contender and workload ('match' or the first difference) and the Cypher count.
 */
async function checkAnswers(running: Running[], workloads: WorkloadId[]): Promise<Map<string, { answer: string; queries: number }>> {
  const verdicts = new Map<string, { answer: string; queries: number }>();
  const reference = running.find((r) => r.contender.id === 'autograph') ?? running[0]!;
  for (const id of workloads) {
    const ref = await post(reference.base, reference.contender.request(id));
    if (ref.status !== 200 || ref.json.errors !== undefined) throw new Error(`Autograph failed ${id}: ${JSON.stringify(ref.json).slice(0, 500)}`);
    const expected = reference.contender.toAutographData(id, ref.json.data);
    for (const r of running) {
      const got = await post(r.base, r.contender.request(id));
      let answer: string;
      if (got.status !== 200 || got.json.errors !== undefined) answer = `error ${got.status}: ${JSON.stringify(got.json.errors ?? got.json).slice(0, 200)}`;
      else answer = differs(id, expected, r.contender.toAutographData(id, got.json.data)) ?? 'match';
      verdicts.set(`${r.contender.id}|${id}`, { answer, queries: got.queries });
      if (answer !== 'match') log(`  ✗ ${r.contender.label} ${id}: ${answer}`);
    }
  }
  return verdicts;
}

interface Tally {
  rounds: LoadResult[];
  cpuMs: number;
  neo4jCpuMs: number;
  peakRssMb: number;
}

/** Times one workload on every contender: warm-up each, then rounds in which they take turns. */
async function timeWorkload(
  running: Running[],
  id: BenchWorkloadId,
  options: Options,
  neo4jPid: number | undefined,
  between: () => Promise<unknown>,
): Promise<Map<ContenderId, Tally>> {
  const tallies = new Map<ContenderId, Tally>();
  for (const r of running) {
    if (options.warmupSeconds > 0) await hammer(r.base, bodiesOf(r.contender, id), options.connections, options.warmupSeconds);
    await between();
    resetPeakMemory(r.child.pid!);
    tallies.set(r.contender.id, { rounds: [], cpuMs: 0, neo4jCpuMs: 0, peakRssMb: 0 });
  }
  for (let round = 0; round < options.rounds; round += 1) {
    for (const r of running) {
      const tally = tallies.get(r.contender.id)!;
      // Each contender starts its round on an idle database (nothing left over from the one before).
      await between();
      const cpu0 = cpuTimeMs(r.child.pid!);
      const db0 = neo4jPid === undefined ? 0 : cpuTimeMs(neo4jPid);
      tally.rounds.push(await hammer(r.base, bodiesOf(r.contender, id), options.connections, options.roundSeconds));
      tally.cpuMs += cpuTimeMs(r.child.pid!) - cpu0;
      tally.neo4jCpuMs += neo4jPid === undefined ? Number.NaN : cpuTimeMs(neo4jPid) - db0;
      tally.peakRssMb = Math.max(tally.peakRssMb, memoryMb(r.child.pid!).peak);
    }
  }
  return tallies;
}

function toMeasurement(scale: number, c: ContenderId, id: BenchWorkloadId, tally: Tally, answer: string, queries: number): Measurement {
  const requests = tally.rounds.reduce((n, r) => n + r.requests, 0);
  const seconds = tally.rounds.reduce((n, r) => n + r.seconds, 0);
  const latencies = tally.rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  return {
    scale,
    contender: c,
    workload: id,
    throughput: requests / seconds,
    requests,
    errors: tally.rounds.reduce((n, r) => n + r.errors, 0),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    queriesPerRequest: queries,
    serverCpuMsPerRequest: tally.cpuMs / Math.max(1, requests),
    neo4jCpuMsPerRequest: tally.neo4jCpuMs / Math.max(1, requests),
    peakRssMb: tally.peakRssMb,
    answer,
  };
}

/**
 * Waits until Neo4j runs nothing but this check, so that queries a contender left running when its
 * round ended (a request still in flight when the load stopped) cannot slow the next measurement;
 * after `graceMs` it terminates them. Returns how many it terminated.
 */
async function settle(executor: Executor, graceMs = 3_000): Promise<number> {
  const deadline = Date.now() + graceMs;
  for (;;) {
    const rows = await executor.read<{ id: string; query: string }>(
      'SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery AS query RETURN id, query',
    );
    const others = rows.filter((r) => !r.query.startsWith('SHOW TRANSACTIONS'));
    if (others.length === 0) return 0;
    if (Date.now() > deadline) {
      await executor.read('TERMINATE TRANSACTIONS $ids', { ids: others.map((r) => r.id) });
      return others.length;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const chosen = options.contenders.map(contender);
  if (!options.contenders.includes('autograph')) throw new Error('--contenders must include autograph: its answers are the reference.');
  const startedAt = new Date().toISOString();

  let embedded: EmbeddedNeo4j | undefined;
  let dir: string | undefined;
  let target: Neo4jTarget;
  const external = process.env['BENCH_NEO4J_URI'];
  if (external !== undefined && external !== '') {
    target = { uri: external, password: process.env['BENCH_NEO4J_PASSWORD'] ?? '', pid: undefined };
  } else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-bench-neo4j-'));
    log(`Starting an embedded Neo4j in ${dir}…`);
    embedded = await startEmbeddedNeo4j({ dir, port: await freePort(), heap: '3g', pageCacheMb: 1536 });
    target = { uri: embedded.uri, password: '', pid: embedded.pid };
  }
  const driver = createDriver({ uri: target.uri, password: target.password, connectTimeoutMs: 30_000 });
  const executor = new Executor(driver, { database: 'neo4j', transactionTimeoutMs: 600_000 });
  const running: Running[] = [];
  const cleanup = async (): Promise<void> => {
    await Promise.all(running.splice(0).map(stopContender));
    await driver.close();
    await embedded?.stop();
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

  const scales: ScaleInfo[] = [];
  const measurements: Measurement[] = [];
  let mismatches = 0;
  try {
    // An external Neo4j may hold anything: empty it in slices (one huge transaction could run out of memory).
    while ((await executor.write<{ n: number }>('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n'))[0]!.n > 0);
    await applySchema(executor);
    await seedDatabase(executor, undefined, log);
    for (const scale of options.scales) {
      log(`\n== Scale ${scale}`);
      const t0 = Date.now();
      // loadScale replaces synthetic data of another scale itself; scale 0 is the seed graph alone.
      if (scale > 0) await loadScale(executor, { scale, seed: options.seed, progress: true });
      else await clearSynthetic(executor);
      const loadSeconds = (Date.now() - t0) / 1000;
      const counts = await countGraph(executor);
      scales.push({ scale, nodes: counts.nodes, relationships: counts.relationships, loadSeconds });
      log(`Graph: ${counts.nodes} nodes, ${counts.relationships} relationships (synthetic part loaded in ${loadSeconds.toFixed(1)} s)`);

      for (const c of chosen) {
        log(`Starting ${c.label}…`);
        running.push(await startContender(c, target));
      }
      const single = options.workloads.filter((w): w is WorkloadId => w !== 'W7');
      const needed = [...new Set([...single, ...(options.workloads.includes('W7') ? MIX : [])])];
      const verdicts = await checkAnswers(running, needed);
      for (const id of options.workloads) {
        const members = id === 'W7' ? MIX : [id];
        log(`${id}: timing ${running.length} contenders…`);
        const timeable = running.filter((r) => members.every((w) => verdicts.get(`${r.contender.id}|${w}`)?.answer === 'match'));
        await settle(executor);
        const tallies = await timeWorkload(timeable, id, options, target.pid, () => settle(executor));
        const stopped = await settle(executor);
        if (stopped > 0) log(`  (${stopped} queries still running after the last round were terminated)`);
        for (const r of running) {
          const answers = members.map((w) => verdicts.get(`${r.contender.id}|${w}`)!);
          const wrong = answers.find((a) => a.answer !== 'match');
          const queries = answers.reduce((n, a) => n + a.queries, 0) / answers.length;
          const tally = tallies.get(r.contender.id);
          if (wrong !== undefined || tally === undefined) {
            mismatches += 1;
            measurements.push({
              scale, contender: r.contender.id, workload: id, throughput: Number.NaN, requests: 0, errors: 0,
              p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, queriesPerRequest: queries,
              serverCpuMsPerRequest: Number.NaN, neo4jCpuMsPerRequest: Number.NaN, peakRssMb: Number.NaN,
              answer: `not timed: ${wrong?.answer ?? 'no answer'}`,
            });
            continue;
          }
          const m = toMeasurement(scale, r.contender.id, id, tally, 'match', queries);
          measurements.push(m);
          log(`  ${r.contender.label.padEnd(26)} ${m.throughput.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms  ${m.queriesPerRequest} Cypher/req  ${m.errors} errors`);
        }
      }
      await Promise.all(running.splice(0).map(stopContender));
    }
  } finally {
    await cleanup();
  }

  const results: BenchResults = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: os.totalmem() / 2 ** 30,
      os: `${os.type()} ${os.release()}`,
      node: process.versions.node,
      neo4j: external !== undefined && external !== '' ? 'external' : 'Community 5.26 (embedded)',
    },
    settings: {
      connections: options.connections,
      warmupSeconds: options.warmupSeconds,
      roundSeconds: options.roundSeconds,
      rounds: options.rounds,
      seed: options.seed,
    },
    contenders: chosen.map((c) => ({ id: c.id, label: c.label })),
    workloads: options.workloads.map((id) =>
      id === 'W7'
        ? { id, title: 'mixed', depth: Math.max(...WORKLOADS.map((w) => w.depth)) }
        : { id, title: WORKLOADS.find((w) => w.id === id)!.title, depth: WORKLOADS.find((w) => w.id === id)!.depth },
    ),
    scales,
    measurements,
  };
  fs.mkdirSync(options.out, { recursive: true });
  const report = markdownReport(results);
  fs.writeFileSync(path.join(options.out, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  fs.writeFileSync(path.join(options.out, 'latest.md'), report);
  fs.writeFileSync(path.join(options.out, 'throughput.svg'), throughputChart(results, Math.max(...options.scales)));
  if (options.scales.length > 1) fs.writeFileSync(path.join(options.out, 'throughput-seed.svg'), throughputChart(results, Math.min(...options.scales)));
  fs.writeFileSync(path.join(options.out, 'latency.svg'), latencyChart(results));
  process.stdout.write(report);
  // The README shows the latest run made with the default output folder (not a trial run elsewhere).
  if (path.resolve(options.out) === path.join(projectRoot(), 'bench', 'results')) updateReadme(results);
  log(`\nWrote ${path.relative(process.cwd(), options.out)}/latest.json, latest.md, throughput.svg, latency.svg`);
  if (mismatches > 0) {
    log(`${mismatches} contender/workload pairs were not timed because their answers differ from Autograph's.`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
