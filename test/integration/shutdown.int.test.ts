/**
 * Graceful shutdown of the compiled server with its embedded Neo4j: on SIGTERM it stops accepting
 * connections, lets the request in flight finish (200 with its data), closes the driver, stops
 * Neo4j and exits 0 with no JVM left. The request is kept in flight deterministically by holding
 * its body open: the second half is sent only after the server has begun shutting down.
 */

import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/global-setup';
import { alive, buildServer, neo4jPid, spawnServer, waitFor } from '../support/spawned-server';

let dir: string;

beforeAll(() => {
  expect(buildServer()).toBe('');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-shutdown-'));
}, 120_000);

afterAll(() => {
  const pid = neo4jPid(dir);
  if (pid !== undefined) process.kill(pid, 'SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

it('finishes the in-flight request, then exits 0 and stops Neo4j', async () => {
  const [port, boltPort] = [await freePort(), await freePort()];
  const server = spawnServer({
    PORT: String(port),
    NEO4J_EMBEDDED_DIR: dir,
    NEO4J_EMBEDDED_PORT: String(boltPort),
    LOG_LEVEL: 'debug',
    SHUTDOWN_TIMEOUT_MS: '30000',
  });
  await waitFor(() => /Ready in/.test(server.output()), 240_000, 'readiness', server.output);
  const jvm = neo4jPid(dir);
  expect(jvm).toBeDefined();

  // A request whose body arrives in two halves.
  const body = JSON.stringify({ query: '{ country(id: "country:HU") { name factories { id } } }' });
  const half = Math.floor(body.length / 2);
  const request = http.request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-request-id': 'in-flight-1' },
  });
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    request.on('error', reject);
  });
  request.write(body.slice(0, half));
  await waitFor(() => server.output().includes('"requestId":"in-flight-1"'), 30_000, 'the server to see the request', server.output);

  server.child.kill('SIGTERM');
  await waitFor(() => /SIGTERM: shutting down/.test(server.output()), 30_000, 'shutdown to begin', server.output);
  // No new connections once shutdown has begun.
  await waitFor(
    () => fetch(`http://127.0.0.1:${port}/health`).then(() => false, () => true),
    30_000,
    'the server to stop accepting',
    server.output,
  );
  expect(server.child.exitCode).toBeNull();

  request.end(body.slice(half));
  const { status, text } = await response;
  expect(status).toBe(200);
  expect(JSON.parse(text)).toEqual({
    data: { country: { name: 'Hungary', factories: expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]) } },
  });

  expect(await server.exited).toBe(0);
  expect(alive(jvm!)).toBe(false);
  expect(neo4jPid(dir)).toBeUndefined();
  expect(server.output()).toMatch(/Stopped in/);
}, 360_000);
