/**
 * `npm run bench:restore`: how well the general cleaner restores damaged English, measured
 * on pairs it makes itself (scripts/bench/restore/): the project's clean news paragraphs,
 * grouped into articles, each damaged reproducibly (seeded) by a simulated spinner, a
 * simulated round-trip translation and encoding damage. Reports word error rate (WER)
 * before and after, precision and recall of the cleaner's changes, articles made worse, and
 * the false-change rate on the same articles undamaged. Writes docs/restoration-benchmark.md.
 *
 * A simulation is not the real tool: the thresholds are set on correct English first and
 * the real seeds, never to this table alone.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import dossier from '../dossier.config.ts';
import { englishModel } from '../src/language/en/language-model.ts';
import { mulberry32 } from './bench/random.ts';
import { CLEAN_NEWS } from './bench/restore/clean-news.ts';
import { heldOutCases, heldOutRow, heldOutSeeds, observedSwapTable, writeReferences } from './bench/restore/held-out.ts';
import { cleanedText, editDistance, scoreChanges, words } from './bench/restore/score.ts';
import { latin1Stripped, misreadTwiceStripped, mojibake, roundTrip, spin, spinInsideWords, spinnerTable, spinWithTable } from './bench/restore/simulate.ts';
import { isEnglishWord } from '../src/language/en/english-words.ts';
import { cleanArticle, type CleanedArticle } from './clean/pipeline.ts';
import { reportFailure } from './lib/report-failure.ts';

const REPORT = new URL('../docs/restoration-benchmark.md', import.meta.url);
const PRNG_SEED = 15;
const PARAGRAPHS_PER_ARTICLE = 7;


/**
 * A real spinner's swaps on text it never saw: each spun seed's table (what its frozen
 * reference shows it wrote for which words) applied to the clean news, cleaned as shipped
 * (lexicons and registry in use). The lexicon was written from the same seed, so this shows how
 * its knowledge carries to new sentences by the same spinner, not how it meets swaps it never
 * recorded (the held-out rows below do that).
 */
function realSpinnerRows(): Array<[string, (text: string, index: number) => string]> {
  return heldOutSeeds('spun').map((seed) => {
    const table = observedSwapTable(seed);
    return [
      `seed ${seed.split('_')[0]}’s real spinner table (${table.size} swaps) on unseen text, 80 % of occurrences`,
      (text: string, index: number) => spinWithTable(text, table, mulberry32(PRNG_SEED * 19 + index), 0.8),
    ];
  });
}

interface Row {
  damage: string;
  articles: number;
  words: number;
  werBefore: number;
  werAfter: number;
  changed: number;
  right: number;
  damaged: number;
  worse: number;
  spunDetected: number;
  exact: number;
  /** Cleaned paragraphs whose words still differ from the original's, and how many of them are marked unrestored. */
  stillDamaged: number;
  markedDamaged: number;
  /** Cleaned paragraphs whose words are the original's, and how many of them are marked (wrongly). */
  restoredParagraphs: number;
  markedRestored: number;
}

/**
 * The paragraph marks of a cleaned article against its original: a paragraph is still
 * damaged when its words differ from its raw paragraph's original (compared as `words`).
 */
function paragraphMarks(original: string, cleaned: CleanedArticle): { still: number; markedStill: number; same: number; markedSame: number } {
  const originals = original.split('\n\n');
  const marked = new Set(cleaned.unrestored.map((unrestored) => unrestored.paragraph));
  const counts = { still: 0, markedStill: 0, same: 0, markedSame: 0 };
  cleaned.paragraphs.forEach((text, index) => {
    const source = originals[(cleaned.paragraphOrigins[index] ?? 0) - 1] ?? '';
    const isMarked = marked.has(index + 1);
    if (words(text).join(' ') !== words(source).join(' ')) {
      counts.still += 1;
      if (isMarked) counts.markedStill += 1;
    } else {
      counts.same += 1;
      if (isMarked) counts.markedSame += 1;
    }
  });
  return counts;
}

function main(): number {
  const { values } = parseArgs({ options: { 'update-references': { type: 'boolean', default: false } } });
  if (values['update-references']) {
    // Deliberate only: the references are frozen so that later rules cannot move them.
    writeReferences();
    process.stdout.write(`wrote ${dossier.benchmarks.restorationReferences ?? '(no folder: dossier.config.ts names none)'}/*.reference.txt\n`);
    return 0;
  }
  const started = performance.now();
  const model = englishModel();
  // The spinner's forward table: the inverse of the un-spinner's candidate sets.
  const table = spinnerTable(model, model.forms());
  const articles: string[] = [];
  for (let index = 0; index < CLEAN_NEWS.length; index += PARAGRAPHS_PER_ARTICLE) {
    articles.push(CLEAN_NEWS.slice(index, index + PARAGRAPHS_PER_ARTICLE).join('\n\n'));
  }
  const damages: Array<[string, (text: string, index: number) => string]> = [
    ['spinner, heavy (30 % of swappable words)', (text, index) => spin(text, table, mulberry32(PRNG_SEED + index), 0.3)],
    ['spinner, light (10 %)', (text, index) => spin(text, table, mulberry32(PRNG_SEED * 7 + index), 0.1)],
    [
      'spinner inside words (30 % of words holding a swappable piece, plus 10 % whole words)',
      (text, index) => spin(spinInsideWords(text, table, mulberry32(PRNG_SEED * 11 + index), 0.3, (word) => isEnglishWord(model, word)), table, mulberry32(PRNG_SEED * 17 + index), 0.1),
    ],
    ...realSpinnerRows(),
    ['round-trip translation (simulated)', (text, index) => roundTrip(text, table, mulberry32(PRNG_SEED * 13 + index))],
    ['mojibake (UTF-8 read as cp1252)', (text) => mojibake(text, false)],
    ['mojibake, lossy (undefined bytes dropped)', (text) => mojibake(text, true)],
    ['mojibake, Latin-1 with its C1 controls stripped (two bytes of ’ “ ” – — lost)', (text) => latin1Stripped(text)],
    ['mojibake, misread twice as Latin-1, controls stripped', (text) => misreadTwiceStripped(text, 'latin1')],
    ['mojibake, misread twice as cp1252, controls stripped', (text) => misreadTwiceStripped(text, 'cp1252')],
  ];
  const rows: Row[] = [];
  for (const [damage, make] of damages) {
    const row: Row = {
      damage,
      articles: 0,
      words: 0,
      werBefore: 0,
      werAfter: 0,
      changed: 0,
      right: 0,
      damaged: 0,
      worse: 0,
      spunDetected: 0,
      exact: 0,
      stillDamaged: 0,
      markedDamaged: 0,
      restoredParagraphs: 0,
      markedRestored: 0,
    };
    articles.forEach((original, index) => {
      const damaged = make(original, index);
      const cleaned = cleanArticle(damaged);
      const restored = cleanedText(cleaned);
      const originalWords = words(original);
      const before = editDistance(words(damaged), originalWords);
      const after = editDistance(words(restored), originalWords);
      const changes = scoreChanges(original, damaged, restored);
      row.articles += 1;
      row.words += originalWords.length;
      row.werBefore += before;
      row.werAfter += after;
      row.changed += changes.changed;
      row.right += changes.right;
      row.damaged += changes.damaged;
      if (after > before) row.worse += 1;
      if (cleaned.damage.kinds.includes('spun')) row.spunDetected += 1;
      if (restored === original) row.exact += 1;
      const marks = paragraphMarks(original, cleaned);
      row.stillDamaged += marks.still;
      row.markedDamaged += marks.markedStill;
      row.restoredParagraphs += marks.same;
      row.markedRestored += marks.markedSame;
    });
    rows.push(row);
  }
  // Correct English: the same articles, undamaged.
  let cleanChanges = 0;
  let cleanWords = 0;
  let cleanTouched = 0;
  let cleanSpun = 0;
  let cleanMarked = 0;
  for (const article of articles) {
    const cleaned = cleanArticle(article);
    cleanWords += words(article).length;
    cleanChanges += cleaned.changes.length;
    if (cleaned.changes.length > 0) cleanTouched += 1;
    if (cleaned.damage.kinds.includes('spun')) cleanSpun += 1;
    cleanMarked += cleaned.unrestored.length;
  }
  // The same correct English declared damaged, so that the paragraph marks are judged with
  // their gate open: a paragraph left as written must never be marked.
  const declaredRows = (['spun', 'machine-translated'] as const).map((kind) => {
    const counts = { kind, still: 0, markedStill: 0, same: 0, markedSame: 0 };
    for (const article of articles) {
      const marks = paragraphMarks(article, cleanArticle(article, undefined, { declaredDamage: [kind] }));
      counts.still += marks.still;
      counts.markedStill += marks.markedStill;
      counts.same += marks.same;
      counts.markedSame += marks.markedSame;
    }
    return counts;
  });
  const percent = (value: number, total: number) => (total === 0 ? '–' : `${((value / total) * 100).toFixed(1)} %`);
  const heldOut = heldOutCases().map(heldOutRow);
  const lines = [
    '# Restoration benchmark',
    '',
    'Generated by `npm run bench:restore` (scripts/bench-restore.ts). Pairs of damaged and original text',
    `made reproducibly (seed ${PRNG_SEED}) from the project’s own clean news English (${CLEAN_NEWS.length} paragraphs in`,
    `${articles.length} articles of ${PARAGRAPHS_PER_ARTICLE}, scripts/bench/restore/clean-news.ts), each cleaned by the general rules only.`,
    'WER is word error rate against the original; a change is *right* when the word it leaves is the',
    'original’s; precision = right / changed, recall = right / damaged words. WER counts words only, so the',
    'last column (cleaned text identical to the original, character for character) shows punctuation repairs.',
    '',
    '| damage | articles | words | WER before | WER after | WER cut | changes | precision | recall | articles made worse | judged spun | restored exactly |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.damage} | ${row.articles} | ${row.words} | ${percent(row.werBefore, row.words)} | ${percent(row.werAfter, row.words)} | ${percent(row.werBefore - row.werAfter, row.werBefore)} | ${row.changed} | ${percent(row.right, row.changed)} | ${percent(row.right, row.damaged)} | ${row.worse} | ${row.spunDetected} | ${row.exact} |`,
    ),
    '',
    `Correct English (the same ${articles.length} articles, undamaged, ${cleanWords} words): ${cleanChanges} changes in ${cleanTouched} articles`,
    `(false-change rate ${percent(cleanChanges, cleanWords)} of words); ${cleanSpun} judged spun; ${cleanMarked} paragraphs marked as still in a damaged copy’s wording.`,
    '',
    '## Paragraphs marked as not restored',
    '',
    'A damaged copy’s paragraph whose damage the cleaner did not undo is marked on the site as still in the damaged',
    'copy’s wording (scripts/clean/unrestored-paragraphs.ts). Here a cleaned paragraph is *still damaged* when its',
    'words differ from the original paragraph’s; *marked* counts the paragraphs the cleaner marked. A mark on a',
    'paragraph that matches its original is wrong; an unmarked paragraph that is still damaged is a miss.',
    '',
    '| damage | paragraphs still damaged | … marked | paragraphs restored | … marked (wrongly) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.damage} | ${row.stillDamaged} | ${row.markedDamaged} (${percent(row.markedDamaged, row.stillDamaged)}) | ${row.restoredParagraphs} | ${row.markedRestored} (${percent(row.markedRestored, row.restoredParagraphs)}) |`),
    ...declaredRows.map(
      (row) =>
        `| none: correct English declared ${row.kind} | ${row.still} (changed by cleaning) | ${row.markedStill} | ${row.same} (left as written) | ${row.markedSame} (${percent(row.markedSame, row.same)}) |`,
    ),
    '',
    '## Real damage, held out',
    '',
    'The lexicons were written from the seeds, so the seeds cannot measure them; they can measure the general',
    'rules (un-spinner, detection, translation repairs) with the lexicons switched off. Each seed’s raw text is',
    'cleaned as an unseen article would be (no declared damage, no sidecar corrections) and scored against a',
    'stand-in for its original: what the lexicon, the general rules and the sidecar’s corrections restored when',
    `these rows were set up, frozen in the dossier’s \`${dossier.benchmarks.restorationReferences ?? '(none named)'}/\` (rewritten only by`,
    '`npm run bench:restore -- --update-references`). **Caveat:** the stand-in is not the outlet’s text; it keeps',
    'whatever damage no lexicon entry or editor caught, so a right restoration it lacks scores as a wrong change.',
    'Only the raw paragraphs the stand-in keeps are scored (a comment form removed is structure, not wording).',
    'In the held-out rows the registry of actors and outlets is used with its names only: its aliases and',
    'damaged forms were recorded from the seeds. The rows “as shipped” are the cleaner with the lexicons in use and the full registry, not held out.',
    '*Lexicon run reached*: of the words the lexicon run (lexicons on, damage declared, no corrections) restores',
    'as the stand-in has them, how many this row restores without the lexicon.',
    '',
    '| real copy, general rules | words | WER before | WER after | WER cut | changed words | precision | recall | lexicon run reached | made worse | judged | changes by confidence |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...heldOut.map(
      (row) =>
        `| ${row.label} | ${row.words} | ${percent(row.werBefore, row.words)} | ${percent(row.werAfter, row.words)} | ${percent(row.werBefore - row.werAfter, row.werBefore)} | ${row.changed} | ${percent(row.right, row.changed)} | ${percent(row.right, row.damaged)} | ${row.lexiconRecovered} of ${row.lexiconWords} (${percent(row.lexiconRecovered, row.lexiconWords)}) | ${row.worse ? 'yes' : 'no'} | ${row.kinds.join(', ') || 'undamaged'} | ${Object.entries(row.confidence).sort().map(([level, count]) => `${level} ${count}`).join(', ')} |`,
    ),
    '',
    'Caveats: the simulated spinner draws on the same thesauri the un-spinner inverts, which flatters',
    'recall; the simulated round trip makes only closed-class slips. The real rows above are the check',
    'that matters; see scripts/clean/lexicons/README.md.',
    '',
    `Run took ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    '',
  ];
  const markdown = lines.join('\n');
  process.stdout.write(markdown);
  writeFileSync(REPORT, markdown);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.exitCode = reportFailure(error, 'no report was written');
}
