/**
 * Stops the embedded Neo4j of the integration tests and removes its folder. Then, should anything a
 * test opened still hold the process (a server, a socket, a child process, a timer), it names what
 * and fails the run after a few seconds, rather than letting it hang (the timer itself holds nothing).
 */

import fs from 'node:fs';

/** How long the process may stay after the run before what holds it is named and it is ended. */
const LEAK_WAIT_MS = 15_000;

export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.__AUTOGRAPH_EMBEDDED__;
  if (embedded !== undefined) {
    await embedded.neo4j.stop();
    fs.rmSync(embedded.dir, { recursive: true, force: true });
  }
  // Jest waits for ever on a handle a test left open (a run once hung for an hour on one): name what
  // holds the process and end it with a failure, since a leak is a defect of the tests.
  setTimeout(() => {
    const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
    const described = handles.map(describeHandle).filter((d) => d !== null);
    process.stderr.write(`\n[test] the run did not end ${LEAK_WAIT_MS / 1000} s after the tests; still open: ${described.join('; ') || 'nothing named'}\n`);
    process.exit(1);
  }, LEAK_WAIT_MS).unref();
}

function describeHandle(handle: unknown): string | null {
  const h = handle as { constructor?: { name?: string }; remoteAddress?: string; remotePort?: number; localPort?: number; spawnfile?: string; pid?: number; address?: () => unknown; fd?: number };
  const name = h.constructor?.name ?? typeof handle;
  // The test process's own standard streams are always open.
  if (name === 'WriteStream' || name === 'ReadStream') if (h.fd !== undefined && h.fd <= 2) return null;
  if (h.remoteAddress !== undefined) return `${name} to ${h.remoteAddress}:${h.remotePort} from :${h.localPort}`;
  if (h.spawnfile !== undefined) return `${name} ${h.spawnfile} (pid ${h.pid})`;
  if (typeof h.address === 'function') return `${name} on ${JSON.stringify(h.address())}`;
  return name;
}
