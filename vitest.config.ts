import { defineConfig } from 'vitest/config';

/** Integration and e2e share one real Neo4j: their files take turns on it, one at a time. */
const onTheTestNeo4j = {
  globalSetup: ['tests/support/globalSetup.ts'],
  fileParallelism: false,
  // The pool reads fileParallelism from the root config only; singleFork keeps these files in turn.
  poolOptions: { forks: { singleFork: true } },
};

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Starting Neo4j, seeding it and launching Chromium happen in hooks.
    hookTimeout: 180_000,
    // Reporters belong to the whole run: the closing line is printed once, whichever projects ran.
    reporters: ['default', './tests/support/closingLineReporter.ts'],
    projects: [
      // Unit tests are pure (no mocks, no globals left changed), so they run in one process and
      // share its module graph instead of starting a worker and re-importing it per file: about
      // 5 s instead of 14 s on two cores. (The pool reads isolate only from the root config.)
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, poolOptions: { forks: { singleFork: true } } } },
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], ...onTheTestNeo4j } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...onTheTestNeo4j } },
    ],
  },
});
