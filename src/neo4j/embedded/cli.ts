/**
 * `npm run neo4j:fetch` fetches the Neo4j jars (Maven Central → ~/.m2) without starting anything;
 * `npm run neo4j:start` runs the embedded Neo4j on its own until Ctrl-C, for tools that want a Bolt
 * endpoint without the GraphQL server.
 */

import { ConfigError, loadConfig } from '../../config';
import { EmbeddedNeo4jError, resolveClasspath, startEmbeddedNeo4j } from './launcher';

async function main(command: string | undefined): Promise<void> {
  if (command === 'fetch') {
    const classpath = resolveClasspath();
    console.log(`Classpath: ${classpath.split(":").length} jars.`);
    return;
  }
  if (command === 'start') {
    const config = loadConfig();
    const neo4j = await startEmbeddedNeo4j({ dir: config.embeddedDir, port: config.embeddedPort, log: (line) => console.log(line) });
    console.log(`Neo4j is running at ${neo4j.uri} (data in ${config.embeddedDir}). Ctrl-C stops it.`);
    const stop = (): void => void neo4j.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return;
  }
  throw new Error('Usage: node dist/src/neo4j/embedded/cli.js fetch|start');
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof EmbeddedNeo4jError || error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
