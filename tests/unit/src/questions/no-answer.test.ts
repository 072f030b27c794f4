/**
 * What the site says of a source with no answer to a key question: "not reported" only where
 * an editor found it silent, "not yet read" otherwise, and the count a long question page ends with.
 */
import { describe, expect, it } from 'vitest';
import { NO_ANSWER_WORDS, noAnswerOf, notReadNote, otherSourcesSentence, unreadCount } from '../../../../src/questions/no-answer.ts';

describe('noAnswerOf', () => {
  it('is "not reported" only for a source an editor read and found silent', () => {
    const silent = new Set(['post-2']);
    expect(noAnswerOf(silent, 'post-2')).toBe('not-reported');
    expect(noAnswerOf(silent, 'post-3')).toBe('not-read');
    expect(NO_ANSWER_WORDS[noAnswerOf(silent, 'post-3')].sentence).toMatch(/^Not yet read for this question: no editor has recorded/);
  });
});

describe('otherSourcesSentence', () => {
  it('says how many of the other sources were read and found silent and how many are not yet read', () => {
    expect(otherSourcesSentence(20, 20)).toBe('The other 20 sources do not report on this question (each was read for it by an editor).');
    expect(otherSourcesSentence(20, 0)).toBe('The other 20 sources have not yet been read for this question: no editor has recorded whether they answer it.');
    expect(otherSourcesSentence(20, 1)).toBe('Of the other 20 sources, 1 was read for this question and does not report on it; 19 have not yet been read for it.');
    expect(otherSourcesSentence(1, 0)).toBe('The other 1 source has not yet been read for this question: no editor has recorded whether it answers it.');
  });
});

describe('notReadNote', () => {
  it('says the relation may change while sources are unread, and nothing once every source is read', () => {
    expect(notReadNote(0)).toBeUndefined();
    expect(notReadNote(1)).toBe('1 source has not yet been read for this question: how the answers relate is the editors’ reading of the others, and may change once it is.');
    expect(notReadNote(3)).toMatch(/^3 sources have not yet been read .* once they are\.$/);
  });
});

describe('unreadCount', () => {
  it('counts the sources that neither answer the question nor were found silent by an editor', () => {
    const question = { answers: [{ source: 'a' }, { source: 'b' }], noAnswerIn: ['c'] };
    expect(unreadCount(question, ['a', 'b', 'c'])).toBe(0);
    expect(unreadCount(question, ['a', 'b', 'c', 'd', 'e'])).toBe(2);
    // An answer from a source the dossier no longer has counts for nothing.
    expect(unreadCount(question, ['a', 'd'])).toBe(1);
  });
});
