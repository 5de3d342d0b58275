/**
 * A quick look, not the benchmark: against an Autograph server and a peer server that are already
 * running on the same Neo4j, checks that every workload gets the same answer from both, then holds
 * each workload for a few seconds with autocannon against each server and prints requests per second
 * and Cypher statements per request.
 *
 *   AUTOGRAPH_URL=http://127.0.0.1:4811/graphql PEER_URL=http://127.0.0.1:4812/graphql \
 *     node dist/bench/contenders/neo4j-graphql/quick-compare.js
 *
 * QUICK_DURATION_S (default 5), QUICK_CONNECTIONS (default 8).
 */

import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { WORKLOADS, type WorkloadId } from '../../workloads';
import { PEER, type PeerRequest } from './workloads';

const autographUrl = process.env['AUTOGRAPH_URL'] ?? 'http://127.0.0.1:4811/graphql';
const peerUrl = process.env['PEER_URL'] ?? 'http://127.0.0.1:4812/graphql';
const duration = Number(process.env['QUICK_DURATION_S'] ?? 5);
const connections = Number(process.env['QUICK_CONNECTIONS'] ?? 8);

async function post(url: string, body: PeerRequest): Promise<{ data: unknown; statements: string | null }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || json.errors !== undefined) throw new Error(`${url}: ${response.status} ${JSON.stringify(json.errors)}`);
  return { data: json.data, statements: response.headers.get('x-autograph-cypher-queries') };
}

async function throughput(url: string, body: PeerRequest): Promise<{ rps: number; p50: number; p99: number; bad: number }> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    connections,
    duration,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, bad: result.non2xx + result.errors + result.timeouts };
}

async function main(): Promise<void> {
  const rows: string[] = [];
  for (const w of WORKLOADS) {
    const id: WorkloadId = w.id;
    const ours = { query: w.query, variables: w.variables };
    const theirs = PEER[id].request(w.variables);
    let same: string;
    let a = { statements: '?' as string | null };
    let p = { statements: '?' as string | null };
    try {
      const [answerA, answerP] = [await post(autographUrl, ours), await post(peerUrl, theirs)];
      [a, p] = [answerA, answerP];
      same = isDeepStrictEqual(PEER[id].toAutographData(answerP.data), answerA.data) ? 'yes' : 'NO';
    } catch (error) {
      same = `error: ${error instanceof Error ? error.message.slice(0, 120) : String(error)}`;
    }
    const ta = await throughput(autographUrl, ours);
    const tp = await throughput(peerUrl, theirs);
    rows.push(
      `| ${id} ${w.title} | ${same} | ${ta.rps.toFixed(0)} | ${tp.rps.toFixed(0)} | ${(ta.rps / tp.rps).toFixed(2)} | ` +
        `${ta.p50}/${ta.p99} | ${tp.p50}/${tp.p99} | ${a.statements} | ${p.statements} | ${ta.bad + tp.bad} |`,
    );
    process.stderr.write(`${rows.at(-1)}\n`);
  }
  process.stdout.write(
    `${duration} s per workload and server, ${connections} connections\n\n` +
      '| workload | same answer | Autograph req/s | peer req/s | ratio | Autograph p50/p99 ms | peer p50/p99 ms | Autograph statements | peer statements | errors |\n' +
      '| --- | --- | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |\n' +
      rows.join('\n') +
      '\n',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
