import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Three projects, named in every report line: `unit` (rules, database suites on PGlite and — with
 * TEST_DATABASE_URL — PostgreSQL, CLI), `http-pglite` (the in-process HTTP and security suites on PGlite) and,
 * when TEST_DATABASE_URL is set, `http-postgres` (the same suites on PostgreSQL). `startDemoApp` reads the backend
 * from NAMND_TEST_BACKEND, which each HTTP project sets for its workers.
 */
const http = ['test/http/**/*.test.ts', 'test/security/**/*.test.ts'];
const httpProject = (backend: 'pglite' | 'postgres'): TestProjectInlineConfiguration => ({
  extends: true, test: { name: `http-${backend}`, include: http, env: { NAMND_TEST_BACKEND: backend } },
});

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/project-meta.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/db/**/*.test.ts', 'test/cli/**/*.test.ts'] } },
      httpProject('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [httpProject('postgres')] : []),
    ],
  },
});
