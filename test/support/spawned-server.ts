/** The compiled server (`node dist/src/index.js`) run as a child process, for life-cycle and fault tests. */

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const root = path.join(__dirname, '..', '..');
const entry = path.join(root, 'dist', 'src', 'index.js');

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Builds dist/ (the server runs as users run it: compiled); returns the compiler's output. */
export function buildServer(): string {
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  return build.stdout + build.stderr;
}

/** Starts the server with `env` on top of this process's environment less NEO4J_* and API_TOKEN. */
export function spawnServer(env: Record<string, string>): Spawned {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && k !== 'API_TOKEN'));
  const child = spawn(process.execPath, [entry], { cwd: root, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits until `predicate` holds, polling; fails with `output()` after `timeoutMs`. */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
  output: () => string = () => '',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Output:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of the JVM running the embedded Neo4j for a data folder. */
export function neo4jPid(dir: string): number | undefined {
  const result = spawnSync('pgrep', ['-f', `Launcher.java --home ${dir}`], { encoding: 'utf8' });
  const pid = Number(result.stdout.trim().split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Posts a GraphQL query to the server on `port`; returns the status and the parsed body. */
export async function postQuery(port: number, query: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}
