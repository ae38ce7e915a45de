import { defineConfig } from 'vitest/config';

// Three kinds of test, as the tree under tests/ shows:
// - unit: the pure core and the build scripts, in Node, no DOM;
// - components: React components in jsdom;
// - e2e: the production build (dist/) in real headless Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/ui/**', 'tests/map/**', 'tests/embed/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'components',
          include: ['tests/{ui,map,embed}/**/*.test.{ts,tsx}', 'tests/i18n/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/jsdom.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // A browser needs longer than a function to settle: wait up to 10 s for what should appear.
          expect: { poll: { timeout: 10_000, interval: 50 } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
