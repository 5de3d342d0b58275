/**
 * Stops the embedded Neo4j of the integration tests and removes its folder. Then, should anything a
 * test opened still hold the process (a server, a socket, a child process, a timer), it names what
 * after a few seconds, so a run that would not end says why (the timer itself never holds it).
 */

import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.__AUTOGRAPH_EMBEDDED__;
  if (embedded !== undefined) {
    await embedded.neo4j.stop();
    fs.rmSync(embedded.dir, { recursive: true, force: true });
  }
  setTimeout(() => {
    const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
    const described = handles.map(describeHandle).filter((d) => d !== null);
    if (described.length > 0) process.stderr.write(`\n[test] still open after the run: ${described.join('; ')}\n`);
  }, 5_000).unref();
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
