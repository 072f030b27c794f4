/**
 * The cleaner's first duty: correct English passes through the general cleaner with no
 * change at all. Each paragraph of the corpus (clean-english-corpus.ts) is cleaned on its
 * own, and the whole corpus as one long document, so that document-level judgements (the
 * damage gates, acronyms, repeats) see a big clean text. Correct English the cleaner does
 * damage today is listed in KNOWN_DAMAGE and marked `it.fails`, each with its bug.
 */
import { describe, expect, it } from 'vitest';
import { formKey } from '../../../../scripts/clean/lexicon.ts';
import { cleanArticle, type CleanOptions } from '../../../../scripts/clean/pipeline.ts';
import { lexiconsInUse } from '../../../../scripts/clean/lexicons-in-use.ts';
import type { Change } from '../../../../src/schemas/cleaning-record.ts';
import { cleanedText } from '../../support/cleaned-text.ts';
import { CLEAN_PARAGRAPHS, KNOWN_DAMAGE, projectProse, TWO_CORRECT_MARKERS } from './clean-english-corpus.ts';

function describeChanges(changes: readonly Change[]): string {
  return changes.map((change) => `  ${change.ruleId}: ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`).join('\n');
}

/** Cleans a text and fails, naming every change, unless nothing at all was changed. */
function expectUnchanged(text: string, options: CleanOptions = {}): void {
  const cleaned = cleanArticle(text, undefined, options);
  expect(cleaned.changes, `changes made to correct English:\n${describeChanges(cleaned.changes)}`).toEqual([]);
  expect(cleanedText(cleaned)).toBe(text);
}

const { spinner, machineTranslation } = lexiconsInUse();

/**
 * Whether a quotation in the text holds a lexicon form: our prose quotes a damaged copy's
 * words only to say what they were ("the translation's “Ministry of Defense”"), a mention of
 * damage rather than a use, so it cannot count as correct English.
 */
function quotesLexiconForm(text: string): boolean {
  return [...text.matchAll(/[“"][^”"]*[”"]/g)].some(([quoted]) =>
    [spinner, machineTranslation].some((lexicon) =>
      [...quoted.matchAll(lexicon.pattern)].some((match) => (lexicon.byForm.get(formKey(match[0])) ?? []).length > 0),
    ),
  );
}

const prose = projectProse();
const proseUses = prose.filter((paragraph) => !quotesLexiconForm(paragraph.text));
const proseMentions = prose.filter((paragraph) => quotesLexiconForm(paragraph.text));

describe('the clean English corpus', () => {
  it('is big and varied enough to mean something', () => {
    expect(CLEAN_PARAGRAPHS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(CLEAN_PARAGRAPHS).size).toBe(CLEAN_PARAGRAPHS.length);
    expect(prose.length).toBeGreaterThanOrEqual(20);
    // Spinner targets used correctly, which the gates and context conditions must protect.
    const corpus = CLEAN_PARAGRAPHS.join('\n').toLowerCase();
    for (const phrase of ['cyber warfare', 'police officers said', 'instructed staff to leave', 'in opposition to the bill', 'the final month of the season', 'within the next hour', 'greater than expected', 'earlier than expected', 'a whole lot of', 'However, the minister said', 'Additionally, the court ruled', 'The latest figures', 'throughout the country', 'a press release', 'The transfer window', 'vital signs', 'assaults on police', 'The division of labour', 'Internal Security Act', 'Ministry of Defence', 'National Security Service', 'Defence Minister', 'The file was corrupted', 'iPhone', 'eBay', 'YouTube', 'macOS', 'McLaughlin', 'TechCrunch', '1,000', '3.5%', '—', '“']) {
      expect(corpus, phrase).toContain(phrase.toLowerCase());
    }
  });

  it('contains no spinner or machine-translation marker (so no gate may open)', () => {
    const document = [...CLEAN_PARAGRAPHS, ...proseUses.map((paragraph) => paragraph.text)].join('\n\n');
    const cleaned = cleanArticle(document);
    expect(cleaned.damage.kinds).toEqual([]);
    expect(cleaned.damage.markers.spun ?? []).toEqual([]);
    expect(cleaned.damage.markers['machine-translated'] ?? []).toEqual([]);
  });
});

describe('correct English passes through the general cleaner unchanged', () => {
  it.each(CLEAN_PARAGRAPHS.map((text, index) => ({ number: index + 1, text })))('corpus paragraph $number', ({ text }) => {
    expectUnchanged(text);
  });

  it.each(proseUses.map((paragraph, index) => ({ ...paragraph, number: index + 1 })))('$file, paragraph $number', ({ text }) => {
    expectUnchanged(text);
  });

  it('the whole corpus, cleaned as one document', () => {
    const document = [...CLEAN_PARAGRAPHS, ...proseUses.map((paragraph) => paragraph.text)].join('\n\n');
    expectUnchanged(document);
  });

  it('the whole corpus as one document with a headline above it', () => {
    const document = ['Ministers press ahead with the housing bill', ...CLEAN_PARAGRAPHS].join('\n\n');
    const cleaned = cleanArticle(document);
    expect(cleaned.changes, describeChanges(cleaned.changes)).toEqual([]);
    expect(cleaned.headline).toBe('Ministers press ahead with the housing bill');
    expect(cleaned.paragraphs).toEqual(CLEAN_PARAGRAPHS);
  });
});

describe('quoted mentions of damage in the project’s own prose', () => {
  // The method page quotes a marker ("White Home") as an example of damage. A mention in
  // quotation marks is restored like a use; the cleaner only ever runs on seeds, so this is
  // a limitation worth knowing rather than a defect: whatever it changes must at least be
  // inside the quotation, and be a lexicon restoration.
  it.each(proseMentions.map((paragraph, index) => ({ ...paragraph, number: index + 1 })))(
    '$file, mention $number: changes only inside the quoted mention',
    ({ text }) => {
      for (const change of cleanArticle(text).changes) {
        expect(change.inQuotation, describeChanges([change])).toBe(true);
        expect(change.ruleId).toMatch(/^(?:spinner|machine-translation)\//);
      }
    },
  );

  // LIMITATION (apply-lexicon.ts): a damaged form quoted as an example ("they say “White
  // Home”") is restored, so an article about article spinners would lose its examples.
  // Possible fix: leave an `always` name alone when a quotation holds nothing else.
  it('leaves a damaged form quoted as an example as it is', () => {
    expectUnchanged('A spun copy gives itself away with phrases such as “White Home”.');
  });
});

describe('one marker is not enough to open a gate', () => {
  it('keeps gated words when the only marker is "enviornment"', () => {
    const text =
      'Police officers said the enviornment passengers were taken off first. Officers said the ship sank in opposition to all expectations, in the final week of the voyage.';
    const cleaned = cleanArticle(text);
    expect(cleaned.damage.markers.spun).toEqual(['enviornment']);
    expect(cleaned.damage.kinds).toEqual([]);
    const [paragraph] = cleaned.paragraphs;
    expect(paragraph).toContain('Police officers said the');
    expect(paragraph).toContain('Officers said the ship sank in opposition to all expectations');
  });

  it('keeps gated words when the only marker is "Oval Workplace", which is itself restored', () => {
    const text = 'Officers say the president met them in the Oval Workplace, in opposition to advice.';
    const cleaned = cleanArticle(text);
    expect(cleaned.damage.kinds).toEqual([]);
    expect(cleaned.paragraphs).toEqual(['Officers say the president met them in the Oval Office, in opposition to advice.']);
    expect(cleaned.changes.map((change) => change.ruleId)).toEqual(['spinner/oval-workplace']);
    // The same gated words are live: declared damage restores them.
    expect(cleanArticle(text, undefined, { declaredDamage: ['spun'] }).paragraphs).toEqual([
      'Officials say the president met them in the Oval Office, against advice.',
    ]);
  });

  it('keeps gated machine-translation terms when the only marker is "Defense Minister"', () => {
    expectUnchanged('The order was signed by US Defense Minister Pete Hegseth, according to the Pentagon. The businesses conducted there were not affected.');
  });

  // Regression guard, once a bug (spinner.yaml markers): "if you happen to" and "declined to remark" are `marker:
  // true`, but both are ordinary correct English. A clean paragraph with the two of them is
  // classified as spun, the gate opens, and correct words around them are rewritten:
  // "If you happen to be" → "If you be", "declined to remark on" → "declined to comment on",
  // "officers said" → "officials said", "in opposition to his wishes" → "against his wishes".
  // Fix: drop `marker: true` from both (and from "how lengthy", also correct English);
  // markers should be forms no fluent writer produces.
  it('does not take two correct-English marker forms as evidence of spinning', () => {
    expectUnchanged(TWO_CORRECT_MARKERS);
  });
});

describe('correct English the cleaner once damaged', () => {
  for (const known of KNOWN_DAMAGE) {
    // Regression guard, once a bug: see `known.bug` (KNOWN_DAMAGE in clean-english-corpus.ts) for the pass or entry at fault.
    it(`${known.name} — ${known.bug}`, () => {
      expectUnchanged(known.text);
    });
  }
});

describe('context conditions keep correct English in a spun document', () => {
  // A spinner swaps some words, not all: a spun document still holds correct uses of the
  // gated words, which each entry's context condition must protect once the gate is open.
  const spun: CleanOptions = { declaredDamage: ['spun'] };

  it.each([
    'Experts say cyber warfare is growing.',
    'The police officers said the road was closed.',
    'The bank instructed staff to leave the building.',
    'The stated aim of the package is to cut the deficit.',
    'The runners finished earlier than expected.',
    'Ticket sales were greater than expected.',
    'A decision is due within the next hour.',
    'She scored twice in the final month of the season.',
    'It rained; however, the match went ahead.',
    'Additionally, the court ruled that the evidence was lawful.',
    'The latest figures show a fall in unemployment.',
    'The transfer window closes on Friday.',
    'The doctor checked his vital signs.',
    'He was charged with two assaults on police officers.',
    'The division of labour was never agreed.',
  ])('%s', (text) => {
    expectUnchanged(text, spun);
  });

  // Regression guards: each sentence was once damaged in a spun document; the cell says what
  // now protects it (a context condition in spinner.yaml, or how lexicon.ts compiles them).
  it.each([
    ['Police officers said the road was closed.', 'exclusion lists are compared in any case ("Police" starts the sentence)'],
    ['Cyber warfare has changed how states compete.', '`warfare`: kinds of warfare, in any case'],
    ['The drought will affect crops throughout the country.', '`throughout`: not before places and spans'],
    ['He hoped to fulfil his dream of playing at Wembley.', '`fulfil`: not before a dream, promise or duty'],
    ['Prices have risen on three days in the past week.', '`in the past`: not before "week", "month"…'],
    ['The party will lose, however it votes.', '`however`: not the adverb "in whatever way"'],
    ['The firm plans to incorporate in Delaware next year.', '`to incorporate`: not the corporate sense'],
    ['“If you happen to be in town, call me,” she said.', '`if you happen to`: only before a contraction'],
  ])('keeps %j (%s)', (text) => {
    expectUnchanged(text, spun);
  });
});
