/**
 * The server as a user runs it (`node dist/src/index.js`): it starts its own Neo4j and seeds it, or
 * uses NEO4J_URI and starts none; Ctrl-C stops both; a killed server never leaves Neo4j running;
 * a bad variable stops start-up with a message naming it.
 */

import { DEFAULT_SEED_DIR, readSeedVersion } from '../../src/seed';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/global-setup';
import { testNeo4jUri } from '../support/test-server';

const root = path.join(__dirname, '..', '..');
const entry = path.join(root, 'dist', 'src', 'index.js');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startServer(env: Record<string, string>): Started {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && k !== 'API_TOKEN'));
  const child = spawn(process.execPath, [entry], { cwd: root, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(predicate: () => boolean, timeoutMs: number, what: string, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Output:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of the JVM running the embedded Neo4j for a data folder. */
function neo4jPid(dir: string): number | undefined {
  const result = spawnSync('pgrep', ['-f', `Launcher.java --home ${dir}`], { encoding: 'utf8' });
  const pid = Number(result.stdout.trim().split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function query(port: number, text: string): Promise<any> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text }),
  });
  return response.json();
}

beforeAll(() => {
  // The server runs as users run it: compiled.
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  expect(build.stdout + build.stderr).toBe('');
}, 120_000);

describe('with the embedded Neo4j', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-lifecycle-'));
  });
  afterEach(() => {
    const pid = neo4jPid(dir);
    if (pid !== undefined) process.kill(pid, 'SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts Neo4j, seeds the empty graph, answers, and stops Neo4j on Ctrl-C', async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    const server = startServer({ PORT: String(port), NEO4J_EMBEDDED_DIR: dir, NEO4J_EMBEDDED_PORT: String(boltPort) });
    await waitFor(() => /Ready in/.test(server.output()), 150_000, 'readiness', server.output);
    expect(server.output()).toContain('The graph is empty: seeding it');
    const answer = await query(port, '{ country(id: "country:HU") { name factories { id } } dataset { version } }');
    // Start-up seeding stores the version of seeds/dataset.json with the seeds.
    expect(answer.data.dataset.version).toBe(readSeedVersion(DEFAULT_SEED_DIR));
    expect(answer.data.country.name).toBe('Hungary');
    expect(answer.data.country.factories.map((f: { id: string }) => f.id)).toEqual(expect.arrayContaining(['factory:byd-komarom', 'factory:byd-szeged']));
    // After Ready, the server warms Neo4j's plans up in the background, and says so without an error.
    await waitFor(() => /Warm-up: \d+ questions planned and answered/.test(server.output()), 120_000, 'warm-up', server.output);
    expect(server.output()).not.toMatch(/Warm-up: .* answered (?!in )/);
    const pid = neo4jPid(dir);
    expect(pid).toBeDefined();

    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(alive(pid!)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'data', 'databases', 'neo4j'))).toBe(true);
  }, 200_000);

  it('never leaves Neo4j running, even when the server is killed outright', async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    const server = startServer({ PORT: String(port), NEO4J_EMBEDDED_DIR: dir, NEO4J_EMBEDDED_PORT: String(boltPort) });
    await waitFor(() => /Ready in/.test(server.output()), 150_000, 'readiness', server.output);
    const pid = neo4jPid(dir)!;
    expect(alive(pid)).toBe(true);
    server.child.kill('SIGKILL');
    await server.exited;
    await waitFor(() => !alive(pid), 60_000, 'Neo4j to stop after its parent died', () => `pid ${pid}`);
  }, 200_000);
});

describe('with NEO4J_URI', () => {
  it('uses that database and starts no embedded one', async () => {
    const port = await freePort();
    const server = startServer({ PORT: String(port), NEO4J_URI: testNeo4jUri() });
    await waitFor(() => /Ready in/.test(server.output()), 60_000, 'readiness', server.output);
    expect(server.output()).not.toContain('embedded');
    const answer = await query(port, '{ automaker(id: "automaker:byd") { name } }');
    expect(answer.data.automaker.name).toBe('BYD');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 90_000);
});

describe('with a bad variable', () => {
  it('refuses to start and says which variable is wrong', async () => {
    const server = startServer({ PORT: 'eighty', NEO4J_URI: 'http://nowhere' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PORT must be a port number from 1 to 65535; got "eighty".');
    expect(server.output()).toContain('NEO4J_URI must be a URI with one of the schemes');
  }, 30_000);
});
