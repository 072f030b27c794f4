import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest's default is one worker fewer than the cores: on a 2-core machine, one file at a
// time for the whole suite. The unit files share nothing, so they use every core; the site
// files drive Chromium and Lighthouse, whose timings suffer from company, so they run after
// the unit files, one at a time.
const cores = availableParallelism();

/**
 * The property tests' seed (tests/unit/support/property-seed.ts): the commit under test, read
 * once here and handed to every worker, so that the same code checks the same cases; 0 outside
 * a git checkout. `FC_SEED` given by the caller wins.
 */
function commitSeed(): string {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return String(Number.parseInt(head.slice(0, 8), 16) | 0);
  } catch {
    return '0';
  }
}
process.env.FC_SEED ??= commitSeed();

export default defineConfig({
  test: {
    maxWorkers: cores,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/support/property-seed.ts'],
          maxWorkers: cores,
          // A worker keeps the modules it has loaded from one file to the next, rather than
          // loading them again for each file (the English model alone takes about a second to
          // load): unit files 210 s → 130 s here. They passed so in two runs in shuffled
          // orders too, so none leans on a fresh module; what a test stubs or spies on is
          // undone after it, as the three settings below make sure.
          isolate: false,
          restoreMocks: true,
          unstubEnvs: true,
          unstubGlobals: true,
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
