import { defineConfig } from 'vitest/config';

// Two cores in CI: two workers, each test file with its own database copied from one migrated
// template (support/global-setup.ts). Browser and lint/type checks are test files like the rest.
export default defineConfig({
  test: {
    globalSetup: ['./support/global-setup.ts'],
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.tmp/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // A page that reloads after a form post can take seconds on two busy cores: polls wait for it
    // (vitest's default of 1 s made browser tests fail by timing, not by behaviour).
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
  },
});
