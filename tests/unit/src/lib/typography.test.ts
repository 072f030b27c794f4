/**
 * SmartyPants for the plain-text fields we write: the marks a Markdown body gets, and the
 * front matter fields that get them (and those that must not).
 */
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { typographer } from '../../../../src/lib/typography.ts';
import { MAX_SMARTYPANTS_TEXT } from '../../../../src/markdown/remark-smartypants-when-needed.ts';
import { answerSchema, questionSchema } from '../../../../src/schemas/question.ts';
import { actorSchema } from '../../../../src/schemas/actor.ts';

const TEXTS = [
  `the copy's "The file", restored as probable`,
  `"A few months" before the shift -- as the copy dates it...`,
  `'90s rock, "quoted 'inner' words", Russia's SVR`,
  'plain words, nothing to change',
  'already “curly” and ’90s',
];

/** The text of `text` as a Markdown paragraph after Astro's SmartyPants (remark-smartypants, its defaults). */
function asMarkdownBody(text: string): string {
  const processor = unified().use(remarkParse).use(remarkSmartypants);
  return toString(processor.runSync(processor.parse(text)));
}

describe('typographer', () => {
  test('gives curly quotes, apostrophes, dashes and ellipses', () => {
    expect(typographer(`the copy's "The file", restored`)).toBe('the copy’s “The file”, restored');
    expect(typographer('before -- after...')).toBe('before — after…');
    expect(typographer(`"quoted 'inner' words"`)).toBe('“quoted ‘inner’ words”');
  });

  test.for(TEXTS)('gives %j the marks a Markdown body with the same words gets', (text) => {
    expect(typographer(text)).toBe(asMarkdownBody(text));
  });

  test('leaves a field longer than the Markdown path’s limit as typed, at once', () => {
    // Short sentences, each with straight quotes: what makes retext's parser slow.
    const hostile = 'He said "no". '.repeat(Math.ceil((MAX_SMARTYPANTS_TEXT + 1) / 14));
    expect(hostile.length).toBeGreaterThan(MAX_SMARTYPANTS_TEXT);
    expect(typographer(hostile)).toBe(hostile);
    const fits = 'He said "no". '.repeat(10);
    expect(typographer(fits)).toBe('He said “no”. '.repeat(10));
  });

  test('leaves text with nothing to change as it is, spacing and line breaks too', () => {
    expect(typographer('a  double  space\nand a line')).toBe('a  double  space\nand a line');
  });
});

describe('prose fields', () => {
  const answer = { source: 'bbc-example', answer: `The copy's "The file", restored.`, evidence: [`told the BBC's "partner"`] };

  test('a key question and its answers read with curly marks; the evidence stays as written, to be found in the source', () => {
    const parsed = questionSchema.parse({ question: `Who's "in charge"?`, order: 1, relation: 'single-source', relationNote: `Only one source's answer.`, answers: [answer] });
    expect(parsed.question).toBe('Who’s “in charge”?');
    expect(parsed.relationNote).toBe('Only one source’s answer.');
    expect(parsed.answers[0]?.answer).toBe('The copy’s “The file”, restored.');
    expect(parsed.answers[0]?.evidence).toEqual([`told the BBC's "partner"`]);
    expect(answerSchema.parse(answer).evidence).toEqual(answer.evidence);
  });

  test('an actor’s role reads with curly marks; its name and aliases, matched in the sources, stay as written', () => {
    const parsed = actorSchema.parse({ name: `Beto O'Rourke`, aliases: [`O'Rourke`], kind: 'person', role: `Texas's former congressman` });
    expect(parsed.role).toBe('Texas’s former congressman');
    expect(parsed.name).toBe(`Beto O'Rourke`);
    expect(parsed.aliases).toEqual([`O'Rourke`]);
  });
});
