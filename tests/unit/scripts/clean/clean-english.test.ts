/**
 * The cleaner's first duty: correct English passes through the general cleaner with no
 * change at all. Each paragraph of the corpus (clean-english-corpus.ts) is cleaned on its
 * own, and the whole corpus as one long document, so that document-level judgements (the
 * damage gates, acronyms, repeats) see a big clean text. Correct English the cleaner does
 * damage today is listed in KNOWN_DAMAGE and marked `it.fails`, each with its bug.
 */
import { describe, expect, it } from 'vitest';
import { formKey } from '../../../../scripts/clean/lexicon.ts';
import { cleanArticle, generalLexicons, type CleanOptions } from '../../../../scripts/clean/pipeline.ts';
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

const { spinner, machineTranslation } = generalLexicons();

/** Whether a quotation in the text holds a `when: always` lexicon form: a mention of damage, not a use. */
function quotesAlwaysForm(text: string): boolean {
  return [...text.matchAll(/“[^”]*”/g)].some(([quoted]) =>
    [spinner, machineTranslation].some((lexicon) =>
      [...quoted.matchAll(lexicon.pattern)].some((match) =>
        (lexicon.byForm.get(formKey(match[0])) ?? []).some((entry) => entry.when === 'always'),
      ),
    ),
  );
}

const prose = projectProse();
const proseUses = prose.filter((paragraph) => !quotesAlwaysForm(paragraph.text));
const proseMentions = prose.filter((paragraph) => quotesAlwaysForm(paragraph.text));

describe('the clean English corpus', () => {
  it('is big and varied enough to mean something', () => {
    expect(CLEAN_PARAGRAPHS.length).toBeGreaterThanOrEqual(40);
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

describe('correct English the cleaner damages today', () => {
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

  // Regression guard, once a bug (lexicon.ts compileLexicon): context patterns are compiled without the `i` flag,
  // while damaged forms match in any case. So `notPrecededBy: '(?:police|military|…) '` does
  // not see "Police" at the start of a sentence, and "Police officers said" becomes "Police
  // officials said"; likewise "Prison officers said". Fix: compile the context patterns with
  // the `iu` flags (or write the lists as `[Pp]olice`).
  it('keeps "officers" after a capitalised "Police" at the start of a sentence', () => {
    expectUnchanged('Police officers said the road was closed.', spun);
  });

  // Regression guard, once a bug (same cause, spinner.yaml `warfare`): "Cyber warfare" at the start of a sentence
  // becomes "Cyber war", because `notPrecededBy: '(?:cyber|electronic|…)[- ]?'` is case-sensitive.
  it('keeps "Cyber warfare" at the start of a sentence', () => {
    expectUnchanged('Cyber warfare has changed how states compete.', spun);
  });

  // Regression guard, once a bug (spinner.yaml `throughout`): `followedBy: ' (?:the |a |an |…)'` takes any noun
  // phrase, so the spatial "throughout the country" becomes "during the country". Fix: add
  // `notFollowedBy: ' the (?:country|world|region|nation|city|area|continent|building|state|day|year|night|season)\b'`,
  // or restrict `followedBy` to events ("throughout (?:the |recent |latest )?(?:votes?|talks|meeting|war|campaign)").
  it('keeps "throughout the country"', () => {
    expectUnchanged('The drought will affect crops throughout the country.', spun);
  });

  // Regression guard, once a bug (spinner.yaml `fulfil`/`fulfill`): `followedBy: ' (?:his|her|their|the|with)\b'`
  // takes "fulfil his dream" for "meet his …": "He hoped to meet his dream". Fix: only before
  // a person ("fulfil with", "fulfil his counterpart"), e.g. `notFollowedBy: ' (?:his|her|their|the) (?:dreams?|promises?|pledges?|obligations?|duty|duties|ambitions?|potential|role|mandate|requirements?|demands?|wishes)\b'`.
  it('keeps "fulfil his dream"', () => {
    expectUnchanged('He hoped to fulfil his dream of playing at Wembley.', spun);
  });

  // Regression guard, once a bug (spinner.yaml `in the past`): the entry only looks behind ("three days "), so "three
  // days in the past week" becomes "three days ago week". Fix: add `notFollowedBy: ' (?:week|fortnight|month|year|decade|century|few|several|\d)'`
  // (or require `followedBy: '[.,;:)]|$'`).
  it('keeps "three days in the past week"', () => {
    expectUnchanged('Prices have risen on three days in the past week.', spun);
  });

  // Regression guard, once a bug (spinner.yaml `however`): after a comma and without a comma after it, "however"
  // is also the adverb "in whatever way": "The party will lose, however it votes." becomes
  // "…, but it votes." Fix: `notFollowedBy` a clause of that kind, e.g.
  // `notFollowedBy: '(?:,| (?:it|they|he|she|we|you|much|many|long|far|often|hard|badly|little|good|bad)\b)'`.
  it('keeps "however" meaning "in whatever way"', () => {
    expectUnchanged('The party will lose, however it votes.', spun);
  });

  // Regression guard, once a bug (spinner.yaml `to incorporate`): the corporate sense is restored to "include":
  // "The firm plans to include in Delaware". Fix: `notFollowedBy: ' (?:in|as|into|under)\b'`
  // or a `followedBy` requiring a following noun phrase ("to incorporate the …").
  it('keeps "to incorporate in Delaware"', () => {
    expectUnchanged('The firm plans to incorporate in Delaware next year.', spun);
  });

  // Regression guard, once a bug (spinner.yaml `if you happen to`): the swap is "if you’re" → "if you happen to’re";
  // restoring every "if you happen to" makes "If you happen to be in town" "If you be in
  // town". Fix: `followedBy: '[’''](?:re|ve|ll|d)\b'` (and drop `marker: true`, see above).
  it('keeps "If you happen to be"', () => {
    expectUnchanged('“If you happen to be in town, call me,” she said.', spun);
  });
});
