import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests start the CLI as a process; two cores are shared with them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
