/**
 * End-to-end tests: the built extension in Chromium and Firefox (see tests/e2e/). One browser per test
 * file, files one after another (two browsers at once overload a 2-core machine), generous timeouts.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default'],
  },
});
