import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { DEFAULT_LIMITS } from '../../src/limits';

describe('loadConfig', () => {
  it('has defaults that run the embedded Neo4j', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toEqual({
      port: 4000,
      neo4jUri: undefined,
      neo4jUsername: 'neo4j',
      neo4jPassword: '',
      neo4jDatabase: 'neo4j',
      apiToken: undefined,
      embeddedDir: path.resolve('/srv/app', '.data/neo4j'),
      embeddedPort: 7687,
      nodeEnv: 'development',
      limits: DEFAULT_LIMITS,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
        NEO4J_USERNAME: 'reader',
        NEO4J_PASSWORD: 'secret password',
        NEO4J_DATABASE: 'cars',
        API_TOKEN: '0123456789abcdef0123',
        NEO4J_EMBEDDED_DIR: '/var/lib/autograph',
        NEO4J_EMBEDDED_PORT: '7799',
      },
      '/srv/app',
    );
    expect(config).toMatchObject({
      port: 8080,
      neo4jUri: 'neo4j+s://abc.databases.neo4j.io',
      neo4jUsername: 'reader',
      neo4jPassword: 'secret password',
      neo4jDatabase: 'cars',
      apiToken: '0123456789abcdef0123',
      embeddedDir: '/var/lib/autograph',
      embeddedPort: 7799,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a port number from 1 to 65535; got "eighty".'],
    [{ PORT: '70000' }, 'PORT must be a port number from 1 to 65535; got "70000".'],
    [{ PORT: '0' }, 'PORT must be a port number from 1 to 65535; got "0".'],
    [{ NEO4J_EMBEDDED_PORT: '-1' }, 'NEO4J_EMBEDDED_PORT must be a port number from 1 to 65535; got "-1".'],
    [
      { NEO4J_URI: 'http://localhost:7474' },
      'NEO4J_URI must be a URI with one of the schemes neo4j://, neo4j+s://, neo4j+ssc://, bolt://, bolt+s://, bolt+ssc://; got "http://localhost:7474".',
    ],
    [
      { NEO4J_URI: 'localhost' },
      'NEO4J_URI must be a URI with one of the schemes neo4j://, neo4j+s://, neo4j+ssc://, bolt://, bolt+s://, bolt+ssc://; got "localhost".',
    ],
    [{ API_TOKEN: 'short' }, 'API_TOKEN must be at least 16 characters long; got 5.'],
    [
      { NEO4J_DATABASE: 'a b' },
      'NEO4J_DATABASE must be a database name (3 to 63 letters, digits, dots or hyphens, starting with a letter); got "a b".',
    ],
  ])('refuses %j, naming the variable and what was expected', (env, problem) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([problem]);
    }
  });

  it('reports every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', API_TOKEN: 'y' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
      expect((error as Error).message).toMatch(/^Invalid configuration:\n  - PORT .*\n  - API_TOKEN /);
    }
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: ' ' }).neo4jUri).toBeUndefined();
  });
});
