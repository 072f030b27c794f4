/**
 * One pathological input through the library-level stages, in this process:
 * `node scripts/bench/run-pathological-input.ts --input <name> [--scale 1] [--content <project>] [--work <folder>]`.
 * `npm run bench:pathological` starts one of these per input, so every input is measured in
 * a fresh process. Prints a JSON line as each stage starts (`{"starting":…}`) and ends
 * (`{"stage":…,"seconds":…}`), then the run (`{"run":…}`), so a caller that has to stop a
 * slow run keeps what finished and knows where it stopped.
 * `--content` is the project whose content/ and seeds/ the input joins (default: the current
 * folder); `--work` an empty folder to do it in (default: one of its own, removed at the end).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathologicalInput, PATHOLOGICAL_INPUTS } from './pathological-inputs.ts';
import { runStages } from './pathological-stages.ts';

const USAGE = `usage: node scripts/bench/run-pathological-input.ts --input <name> [--scale 1] [--content <project>] [--work <folder>]
inputs: ${PATHOLOGICAL_INPUTS.map((input) => input.name).join(', ')}`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { input: { type: 'string' }, scale: { type: 'string', default: '1' }, content: { type: 'string', default: '.' }, work: { type: 'string' } },
  });
  const input = pathologicalInput(values.input ?? '');
  const scale = Number(values.scale);
  if (!input || !(scale > 0 && scale <= 1)) {
    console.error(USAGE);
    return 2;
  }
  // A caller that may stop this process passes a folder it removes itself.
  const work = values.work ?? mkdtempSync(join(tmpdir(), `dossier-pathological-${input.name}-`));
  try {
    const run = await runStages(input, scale, {
      project: resolve(values.content),
      work,
      onStart: (stage) => console.log(JSON.stringify({ starting: stage })),
      onStage: (timing) => console.log(JSON.stringify(timing)),
    });
    console.log(JSON.stringify({ run }));
    return 0;
  } finally {
    if (values.work === undefined) rmSync(work, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
