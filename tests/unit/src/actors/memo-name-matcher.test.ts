/**
 * The shared, memoising name matcher (src/actors/memo-name-matcher.ts): the same matches as
 * the plain matcher, and callers cannot disturb each other through the kept results.
 */
import { describe, expect, it } from 'vitest';
import { MemoNameMatcher } from '../../../../src/actors/memo-name-matcher.ts';
import { NameMatcher, type NamedEntry } from '../../../../src/actors/name-matcher.ts';

const REGISTRY: NamedEntry[] = [
  { type: 'actor', id: 'pete-hegseth', kind: 'person', name: 'Pete Hegseth', aliases: ['Hegseth', 'Defense Secretary Pete Hegseth'] },
  { type: 'outlet', id: 'the-record', kind: 'outlet', name: 'The Record', aliases: ['Record'] },
];

const TEXTS = [
  'Defense Secretary Pete Hegseth ordered the pause, The Record reported.',
  "Hegseth's order was confirmed. Hegseth said nothing.",
  'No names here.',
];

describe('MemoNameMatcher', () => {
  it('finds what NameMatcher finds, the first time and again', () => {
    const plain = new NameMatcher(REGISTRY);
    const memo = new MemoNameMatcher(REGISTRY);
    for (const text of TEXTS) {
      expect(memo.find(text)).toEqual(plain.find(text));
      expect(memo.find(text)).toEqual(plain.find(text));
    }
  });

  it('gives each caller its own array', () => {
    const memo = new MemoNameMatcher(REGISTRY);
    const first = memo.find(TEXTS[0]!);
    first.reverse();
    first.pop();
    expect(memo.find(TEXTS[0]!).map((match) => match.target.id)).toEqual(['pete-hegseth', 'the-record']);
  });

  it('reports the same conflicts', () => {
    const clash: NamedEntry[] = [...REGISTRY, { type: 'actor', id: 'other', kind: 'person', name: 'Hegseth', aliases: [] }];
    expect(new MemoNameMatcher(clash).conflicts).toEqual(new NameMatcher(clash).conflicts);
  });
});
