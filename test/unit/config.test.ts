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

      runtime: {
        neo4jTxTimeoutMs: 10_000,
        neo4jConnectTimeoutMs: 3_000,
        neo4jRetryIntervalMs: 2_000,
        shutdownTimeoutMs: 10_000,
        cors: { kind: 'localhost' },
        logLevel: 'info',
        rateLimitPerMinute: 600,
        dataloaderBatching: true,
        warmUp: true,
      },
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
        NEO4J_TX_TIMEOUT_MS: '2500',
        NEO4J_CONNECT_TIMEOUT_MS: '1500',
        NEO4J_RETRY_INTERVAL_MS: '500',
        SHUTDOWN_TIMEOUT_MS: '4000',
        CORS_ORIGINS: 'https://app.example.com, http://localhost:3000/',
        LOG_LEVEL: 'WARN',
        RATE_LIMIT_PER_MINUTE: '0',
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
      runtime: {
        neo4jTxTimeoutMs: 2500,
        neo4jConnectTimeoutMs: 1500,
        neo4jRetryIntervalMs: 500,
        shutdownTimeoutMs: 4000,
        cors: { kind: 'list', origins: ['https://app.example.com', 'http://localhost:3000'] },
        logLevel: 'warn',
        rateLimitPerMinute: 0,
      },
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
    [{ NEO4J_TX_TIMEOUT_MS: '10s' }, 'NEO4J_TX_TIMEOUT_MS must be a whole number from 100 to 3600000; got "10s".'],
    [{ RATE_LIMIT_PER_MINUTE: '-5' }, 'RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 1000000; got "-5".'],
    [{ SHUTDOWN_TIMEOUT_MS: '1e4' }, 'SHUTDOWN_TIMEOUT_MS must be a whole number from 0 to 3600000; got "1e4".'],
    [{ DATALOADER_BATCHING: 'maybe' }, 'DATALOADER_BATCHING must be on or off; got "maybe".'],
    [{ WARM_UP: 'sometimes' }, 'WARM_UP must be on or off; got "sometimes".'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent; got "loud".'],
    [
      { CORS_ORIGINS: 'https://ok.example.com,*.example.com' },
      'CORS_ORIGINS must list origins like https://app.example.com (scheme, host, optional port); got "*.example.com".',
    ],
    [
      { CORS_ORIGINS: 'https://example.com/app' },
      'CORS_ORIGINS must list origins like https://app.example.com (scheme, host, optional port); got "https://example.com/app".',
    ],
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

  it('reads CORS_ORIGINS `*` as any origin and `none` as no origin', () => {
    expect(loadConfig({ CORS_ORIGINS: '*' }).runtime.cors).toEqual({ kind: 'any' });
    expect(loadConfig({ CORS_ORIGINS: 'none' }).runtime.cors).toEqual({ kind: 'none' });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: ' ' }).neo4jUri).toBeUndefined();
  });
});
