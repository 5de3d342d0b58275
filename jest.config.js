/**
 * Two projects: `unit` needs no database; `integration` runs against a real Neo4j (the embedded one,
 * started by test/support/global-setup.ts, or NEO4J_URI when set) and runs its files one at a time,
 * since they share that database. The browser tests (test/browser) belong to `integration`: they drive
 * Debian's Chromium (playwright-core) against a real server on that database.
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];

/** @type {import('jest').Config} */
module.exports = {
  // Jest reads testTimeout only at the top level, not per project. Integration tests share a real
  // Neo4j on a shared machine: a generous bound, never a timing assertion.
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/integration/**/*.int.test.ts', '<rootDir>/test/browser/**/*.browser.test.ts'],
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
