/**
 * `npm run bench:attribution`: quotation attribution measured on the benchmark corpus
 * (tests/fixtures/attribution/, see scripts/bench/attribution/corpus.ts): precision and recall
 * per shape of reporting and overall, for the tuning set and the held-out set, printed and
 * written into docs/attribution-benchmark.md between its markers.
 * tests/unit/scripts/bench/attribution-benchmark.test.ts holds precision at 100 % and recall
 * at no less than the report states.
 */
import { fileURLToPath } from 'node:url';
import { readCorpusRegistry, readShapeFiles } from './bench/attribution/corpus.ts';
import { renderSection, writeSection } from './bench/attribution/report.ts';
import { scoreByShape, scoreCorpus } from './bench/attribution/score.ts';
import { reportFailure } from './lib/report-failure.ts';

const REPORT = fileURLToPath(new URL('../docs/attribution-benchmark.md', import.meta.url));

try {
  const registry = readCorpusRegistry();
  const tuning = scoreCorpus(readShapeFiles('tuning', registry), registry);
  const heldOut = scoreCorpus(readShapeFiles('held-out', registry), registry);
  for (const [name, scored] of [['tuning', tuning], ['held-out', heldOut]] as const) {
    console.log(`${name}:`);
    for (const score of scoreByShape(scored)) {
      console.log(
        `  ${score.shape.padEnd(34)} ${String(score.correct).padStart(3)} of ${String(score.attributed).padStart(3)} attributed correct, ${String(score.withSpeaker).padStart(3)} to find: precision ${(score.precision * 100).toFixed(1)} %, recall ${(score.recall * 100).toFixed(1)} %`,
      );
    }
  }
  writeSection(REPORT, renderSection(tuning, heldOut));
  console.log(`written to ${REPORT}`);
} catch (error) {
  process.exitCode = reportFailure(error);
}
