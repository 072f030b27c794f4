import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest's default is one worker fewer than the cores: on a 2-core machine, one file at a
// time for the whole suite. The unit files share nothing, so they use every core; the site
// files drive Chromium and Lighthouse, whose timings suffer from company, so they run after
// the unit files, one at a time.
const cores = availableParallelism();

export default defineConfig({
  test: {
    maxWorkers: cores,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          maxWorkers: cores,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // Builds the site once, into a folder of its own, for every test that reads it.
          globalSetup: ['tests/support/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time, and only once the unit files are done.
          fileParallelism: false,
          // Tests a file marks concurrent (a tab each, in the one Chromium) run three at a time.
          maxConcurrency: 3,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
