/**
 * The pathological-input test, shared by the two files that run it (seeds in one, sources
 * and the word-diff pair in the other, so the two halves run side by side): every input at
 * full size through the library-level stages a pull request adding it runs, within a
 * generous bound. The per-test timeout is that bound; a return to quadratic work in any
 * stage runs past it (the code before the fixes of issue 12 took from tens of seconds to
 * many minutes, see docs/pathological-inputs.md). Nothing else is timed: `npm run
 * bench:pathological` measures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PathologicalInput } from '../../../scripts/bench/pathological-inputs.ts';
import { runStages } from '../../../scripts/bench/pathological-stages.ts';
import { MAX_MARKDOWN_BYTES } from '../../../src/markdown/input-limits.ts';

export const BOUND_MS = 120_000;

/** Inputs the limits refuse, with what the message says. */
const REFUSED = new Map([
  ['wide-table', /^content\/sources\/wide-table\.md:\d+: has tables with more than [\d,]+ cells/],
  ['long-table', /^content\/sources\/long-table\.md:\d+: has tables with more than [\d,]+ cells/],
  // Curling each straight mark adds two bytes: the cleaned source would be over 1 MB.
  ['straight-quotes', /^seeds\/straight-quotes\.txt: the source cleaned from it would break a Markdown limit/],
]);

/** Every stage, by what the input is. */
const SOURCE_STAGES = ['validate', 'unknown names', 'markdown', 'actor index and attribution', 'outlet citations', 'alignment'];
const STAGES = {
  source: SOURCE_STAGES,
  seed: ['content build (cleaner)', ...SOURCE_STAGES, 'word diff'],
  pair: ['word diff'],
};

export function describePathologicalInputs(inputs: readonly PathologicalInput[]): void {
  describe.each(inputs)('pathological input $name', (input) => {
    it(`is built or refused, at just under 1 MB, within ${BOUND_MS / 1000} s`, async () => {
      const work = mkdtempSync(join(tmpdir(), `dossier-pathological-test-${input.name}-`));
      try {
        const run = await runStages(input, 1, { project: process.cwd(), work });
        expect(run.bytes).toBeLessThanOrEqual(MAX_MARKDOWN_BYTES);
        const refused = REFUSED.get(input.name);
        if (refused) {
          expect(run.outcome).toBe('refused');
          expect(run.refusal).toMatch(refused);
        } else {
          expect(run.outcome).toBe('built');
          expect(run.stages.map((stage) => stage.stage)).toEqual(STAGES[input.form]);
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }, BOUND_MS);
  });
}
