/** The embedded launcher's checks that run before any JVM starts. */

import { EmbeddedNeo4jError, projectRoot, requireCommand } from '../../src/neo4j/embedded/launcher';
import path from 'node:path';

it('names what to install, and the alternatives, when Java is missing', () => {
  expect(() => requireCommand('java-that-does-not-exist', ['-version'], 'Java 17 or later')).toThrow(EmbeddedNeo4jError);
  expect(() => requireCommand('java-that-does-not-exist', ['-version'], 'Java 17 or later')).toThrow(
    /needs Java 17 or later, but `java-that-does-not-exist` was not found on PATH\. Install it .* Or point Autograph at another Neo4j with NEO4J_URI .* or run `docker compose up`\./,
  );
});

it('says nothing when the command exists', () => {
  expect(() => requireCommand(process.execPath, ['--version'], 'Node')).not.toThrow();
});

it('finds the repository root from anywhere inside it', () => {
  expect(projectRoot(path.join(__dirname, 'deep', 'er'))).toBe(path.join(__dirname, '..', '..'));
});
