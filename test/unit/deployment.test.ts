/** docker-compose.yml, the Dockerfile and .env.example agree with the configuration the server reads. */

import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config';

const root = path.join(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
const compose = parse(read('docker-compose.yml')) as {
  services: Record<string, any>;
  volumes: Record<string, unknown>;
};
const names = CONFIG_VARIABLES.map((v) => v.name);

describe('docker-compose.yml', () => {
  const neo4j = compose.services['neo4j'];
  const server = compose.services['autograph'];

  it('runs Neo4j 5.26 Community with a healthcheck and a named volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    const [volume, mount] = String(neo4j.volumes[0]).split(':');
    expect(mount).toBe('/data');
    expect(compose.volumes).toHaveProperty(volume!);
    expect(neo4j.ports).toContain('7687:7687');
  });

  it('builds the server from the Dockerfile and starts it once Neo4j is healthy', () => {
    expect(server.build).toBe('.');
    expect(fs.existsSync(path.join(root, 'Dockerfile'))).toBe(true);
    expect(server.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(server.ports).toContain(`${server.environment.PORT}:${server.environment.PORT}`);
  });

  it('wires the server by the variable names the config reads, to the neo4j service', () => {
    const env = server.environment as Record<string, string>;
    for (const key of Object.keys(env)) expect(names).toContain(key);
    expect(env['NEO4J_URI']).toBe('bolt://neo4j:7687');
    const password = /\$\{NEO4J_PASSWORD:-([^}]+)\}/.exec(env['NEO4J_PASSWORD']!)?.[1];
    expect(neo4j.environment.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-' + password + '}');
    expect(password!.length).toBeGreaterThanOrEqual(8);
    // The wiring is a configuration the server accepts.
    const config = loadConfig({ ...env, NEO4J_PASSWORD: password, API_TOKEN: '' });
    expect(config.neo4jUri).toBe('bolt://neo4j:7687');
    expect(config.port).toBe(4000);
  });
});

describe('Dockerfile', () => {
  it('builds the server and the browser pages with npm ci and runs the compiled server as a non-root user', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toContain('RUN npm ci');
    expect(dockerfile).toContain('USER node');
    expect(dockerfile).toContain('CMD ["node", "dist/src/index.js"]');
    // The build compiles the server and builds the browser pages, from files the image copies in.
    expect(JSON.parse(read('package.json')).scripts.build).toBe('tsc -p tsconfig.build.json && node scripts/build-web.mjs');
    for (const copy of ['COPY src ./src', 'COPY scripts ./scripts', 'COPY web ./web', 'COPY schema/operations ./schema/operations']) {
      expect(dockerfile).toContain(copy);
    }
  });
});

describe('.env.example', () => {
  it('lists every configuration variable', () => {
    const listed = read('.env.example')
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => line.split('=')[0]);
    expect(listed.sort()).toEqual([...names].sort());
  });
});

describe('README', () => {
  const readme = read('README.md');

  it('gives the two lines, and .ci/run runs its test line', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    expect(read('.ci/run')).toMatch(/^npm ci && npm test$/m);
  });

  it('documents every configuration variable in its table', () => {
    for (const variable of CONFIG_VARIABLES) expect(readme).toContain(`| \`${variable.name}\` |`);
  });
});
