/**
 * Which paragraphs of a damaged copy are marked as still in its wording
 * (scripts/clean/unrestored-paragraphs.ts): correct English never, even with the damage gate
 * open; a paragraph with damage left as received, a fingerprint left, or swap readings left
 * after a restoration, always, with its reason. Names and events are invented.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../scripts/clean/pipeline.ts';
import { unrestoredParagraphs } from '../../../../scripts/clean/unrestored-paragraphs.ts';
import { englishModel } from '../../../../src/language/en/language-model.ts';
import { swapReadings, tableReadings } from '../../../../src/language/en/swap-readings.ts';
import type { Change } from '../../../../src/schemas/cleaning-record.ts';
import { CLEAN_PARAGRAPHS } from './clean-english-corpus.ts';

const readingsOf = (text: string) => swapReadings(englishModel(), text);

const flag = (paragraph: number, text: string, start: number): Change => ({
  ruleId: 'editorial/uncertain',
  before: text,
  after: text,
  rawParagraph: paragraph,
  paragraph,
  location: 'body',
  offset: start,
  inQuotation: false,
  reason: 'Garbled; the exact words are not in this copy.',
  confidence: 'guess',
  meaning: [],
  span: [start, start + text.length],
});

describe('unrestoredParagraphs', () => {
  const paragraphs = ['The Varnholm council met on Tuesday.', 'Mayor Ilsa Pretorn said the levy would be “a constant pavement” for years.'];

  it('marks a paragraph whose damage was left as received, quoting the passage, and leaves the others alone', () => {
    const marked = unrestoredParagraphs({ damageKinds: ['machine-translated'], paragraphs, changes: [flag(2, 'a constant pavement', 41)], suspects: [], readingsOf });
    expect(marked).toEqual([
      {
        paragraph: 2,
        evidence: ['left-as-received'],
        words: ['a constant pavement'],
        reason: 'Its wording is still in part the damaged copy’s, not the outlet’s: damage the editors found here is left as received (“a constant pavement”).',
      },
    ]);
  });

  it('marks a lexicon fingerprint left where its rule could not apply', () => {
    const marked = unrestoredParagraphs({
      damageKinds: ['machine-translated'],
      paragraphs: ['The council voted in opposition to the Varnholm levy.'],
      changes: [],
      suspects: [{ ruleId: 'spinner/in-opposition-to', text: 'in opposition to' }],
      readingsOf,
    });
    expect(marked.map((entry) => [entry.paragraph, entry.evidence, entry.words])).toEqual([[1, ['fingerprint-left'], ['in opposition to']]]);
  });

  describe('words the copy’s spinner is known to write for others', () => {
    /** An invented spinner's recorded swaps. */
    const table = new Map([
      ['within', ['in']],
      ['stated', ['said']],
    ]);
    const knownSwapsOf = (text: string) => tableReadings(englishModel(), text, table);
    const text = 'The vote was held within the council chamber on Monday.';

    it('mark a paragraph where one is left and its original reads at least as well, as a doubt naming the word and its original', () => {
      const [marked] = unrestoredParagraphs({ damageKinds: ['spun'], paragraphs: [text], changes: [], suspects: [], readingsOf, knownSwapsOf });
      expect(marked?.evidence).toEqual(['known-swaps-left']);
      expect(marked?.words).toEqual(['within']);
      expect(marked?.reason).toMatch(/^Its wording may still be the damaged copy’s, not the outlet’s: it still holds a word this copy’s spinner is known to write for another/);
      expect(marked?.reason).toContain('“within” (for “in”)');
    });

    it('leave a word that reads better as written, the words cleaning wrote, and a copy that shows no spinner’s fingerprint', () => {
      // "within weeks" reads better than "in weeks": the author's word is the likelier there.
      expect(unrestoredParagraphs({ damageKinds: ['spun'], paragraphs: ['Prices rose within weeks of the announcement.'], changes: [], suspects: [], readingsOf, knownSwapsOf })).toEqual([]);
      const written: Change = { ...flag(1, 'within', 18), ruleId: 'unspin/known-swap', before: 'inside', after: 'within', confidence: 'probable' };
      expect(unrestoredParagraphs({ damageKinds: ['spun'], paragraphs: [text], changes: [written], suspects: [], readingsOf, knownSwapsOf }).flatMap((entry) => entry.evidence)).not.toContain('known-swaps-left');
      expect(unrestoredParagraphs({ damageKinds: ['spun'], paragraphs: [text], changes: [], suspects: [], readingsOf }).flatMap((entry) => entry.evidence)).not.toContain('known-swaps-left');
    });
  });

  it('judges nothing in a copy whose wording was not damaged, whatever its record holds', () => {
    expect(unrestoredParagraphs({ damageKinds: ['web-debris'], paragraphs, changes: [flag(2, 'a constant pavement', 41)], suspects: [], readingsOf })).toEqual([]);
  });
});

describe('the paragraph marks on correct English', () => {
  // Articles of seven paragraphs, as the restoration benchmark groups them.
  const articles: string[][] = [];
  for (let index = 0; index < CLEAN_PARAGRAPHS.length; index += 7) articles.push(CLEAN_PARAGRAPHS.slice(index, index + 7));

  it('marks no paragraph of the clean-English corpus', () => {
    for (const article of articles) expect(cleanArticle(article.join('\n\n')).unrestored).toEqual([]);
  });

  it.each(['spun', 'machine-translated'] as const)('marks no paragraph cleaning left as written, even declared %s', (kind) => {
    for (const article of articles) {
      const cleaned = cleanArticle(article.join('\n\n'), undefined, { declaredDamage: [kind] });
      for (const unrestored of cleaned.unrestored) {
        const text = cleaned.paragraphs[unrestored.paragraph - 1] ?? '';
        // A mark may only stand where cleaning itself changed correct English (a false change).
        expect(article, `${unrestored.reason}\n${text}`).not.toContain(text);
      }
    }
  });
});

describe('the paragraph marks of a spun copy', () => {
  it('mark a paragraph where the model still reads swaps after the cleaner restored some, with the words in its reason', () => {
    const spun = [
      'Varnholm council leaders say the tram levy will finish the warfare over parking in the old quarter.',
      'Mayor Ilsa Pretorn instructed reporters that the levy is a vital strategic step, in opposition to the wishes of shop owners, and the officers stated that the plan had been mentioned.',
      'Shop owners in the old quarter have declined to remark, and it is not clear how lengthy the dispute may final.',
    ].join('\n\n');
    const cleaned = cleanArticle(spun, undefined, { declaredDamage: ['spun'] });
    // The first and last are restored in full; the second keeps a word the model reads as swapped.
    expect(cleaned.unrestored.map((unrestored) => unrestored.paragraph)).toEqual([2]);
    for (const unrestored of cleaned.unrestored) {
      expect(unrestored.evidence).toEqual(['swap-readings-left']);
      const text = cleaned.paragraphs[unrestored.paragraph - 1] ?? '';
      for (const word of unrestored.words) expect(text).toContain(word);
      expect(unrestored.reason).toContain(`“${unrestored.words[0] ?? ''}”`);
      expect(unrestored.reason).toMatch(/after cleaning restored \d+ words or phrases in it\.$/);
      // The model's reading alone is a doubt, never stated as fact.
      expect(unrestored.reason).toMatch(/^Its wording may still be the damaged copy’s/);
    }
  });
});
