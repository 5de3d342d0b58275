/** The typed documents in schema/generated are what GraphQL Code Generator makes of today's schema and operations. */

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

it('schema/generated/graphql.ts is up to date (run `npm run codegen` after changing the schema or an operation)', () => {
  // The CLI in a child process: its plugins are ES modules, which jest's CommonJS runtime cannot load.
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts', '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.stdout + result.stderr).not.toContain('stale files were detected');
  expect(result.status).toBe(0);
}, 60_000);

it('every example operation starts with the question it answers', () => {
  const dir = path.join(root, 'schema', 'operations');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  expect(files.length).toBeGreaterThanOrEqual(8);
  for (const file of files) expect(fs.readFileSync(path.join(dir, file), 'utf8')).toMatch(/^# .+\n(query|mutation) /);
});

it('every example operation is run by an integration test against the real Neo4j', () => {
  const dir = path.join(root, 'schema', 'operations');
  const tests = path.join(root, 'test');
  const testText = fs
    .readdirSync(tests, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => fs.readFileSync(path.join(tests, f), 'utf8'))
    .join('\n');
  const unused = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/^(?:query|mutation) (\w+)/gm)].map((m) => m[1]!))
    .filter((name) => !new RegExp(`\\b${name}Document\\b`).test(testText));
  expect(unused).toEqual([]);
});

it('every example operation with a required variable has example variables for the IDE', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EXAMPLE_VARIABLES } = require('../../web/src/example-variables') as { EXAMPLE_VARIABLES: Record<string, object> };
  const dir = path.join(root, 'schema', 'operations');
  const missing = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .filter((text) => /\$\w+: (\w+|\[\w+!?\])!(?! =)/.test(text.split('{')[0]!))
    .map((text) => /^(?:query|mutation) (\w+)/m.exec(text)![1]!)
    .filter((name) => EXAMPLE_VARIABLES[name] === undefined);
  expect(missing).toEqual([]);
});
