/**
 * The seed of every fast-check property in a test run (a Vitest setup file of the unit
 * files): the one `vitest.config.ts` takes from the commit under test, or `FC_SEED` when
 * given. A run is then a function of the code: CI on a clean clone and a rehearsal of it check
 * the same cases, a counterexample fails its commit every time rather than one run in many,
 * and each new commit draws new cases. `FC_SEED=<seed> npx vitest run <file>` replays the
 * seed a failure printed, or explores another.
 */
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(process.env.FC_SEED ?? 0) });
