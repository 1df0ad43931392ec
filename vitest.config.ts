import { defineConfig } from 'vitest/config';
import { claimDataPlugin } from './build/claim-data';

export default defineConfig({
  // The claim data the extension imports as virtual modules, for tests of its modules.
  plugins: [claimDataPlugin()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
