/** Stops the embedded Neo4j of the integration tests and removes its folder. */

import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.__AUTOGRAPH_EMBEDDED__;
  if (embedded === undefined) return;
  await embedded.neo4j.stop();
  fs.rmSync(embedded.dir, { recursive: true, force: true });
}
