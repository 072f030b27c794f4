/**
 * Names written in capitals that the registry does not have: what counts as one, what is cut
 * off it, and when a registry surname belongs to someone else ("Carla Okafor").
 */
import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../../../src/actors/name-matcher.ts';
import { findWrittenNames, shadowedRegistryName } from '../../../../src/attribution/written-names.ts';

const matcher = new NameMatcher([
  { type: 'actor', id: 'david-okafor', kind: 'person', name: 'David Okafor', aliases: ['Okafor'] },
  { type: 'actor', id: 'kessmark', kind: 'government', name: 'Kessmark', aliases: [] },
]);

function names(text: string): string[] {
  return findWrittenNames(text, matcher.find(text)).filter((name) => !name.described).map((name) => name.text);
}

describe('findWrittenNames', () => {
  it('reads a title and a name, with a place after "of", as one name', () => {
    expect(names('“No,” Rep. Dana Whitfield of Marshfield said.')).toEqual(['Rep. Dana Whitfield of Marshfield']);
  });

  it('needs two capitalised words, or a title and one', () => {
    expect(names('Officials said it. Mr. Kinmar said it. Jonas Albrecht said it.')).toEqual(['Mr. Kinmar', 'Jonas Albrecht']);
  });

  it('drops closed-class words and day names that open a run, and cuts at a registry name', () => {
    expect(names('On Monday Jonas Albrecht met Kessmark Foreign Minister Ana Pereira.')).toEqual(['Jonas Albrecht', 'Foreign Minister Ana Pereira']);
  });

  it('takes an office for no name: a title alone, or a title with what it is of', () => {
    expect(names('The Assistant Secretary said so, and Secretary of Homeland Security said so.')).toEqual([]);
  });

  it('marks a name after a determiner as a description, and a possessive as one', () => {
    const found = findWrittenNames('the Harbour Council met Greta Lindqvist’s staff.', []);
    expect(found.map(({ text, described, possessive }) => ({ text, described, possessive }))).toEqual([
      { text: 'Harbour Council', described: true, possessive: false },
      { text: 'Greta Lindqvist', described: false, possessive: true },
    ]);
  });

  it('refers back to a name by its last word before "of"', () => {
    expect(findWrittenNames('Rep. Dana Whitfield of Marshfield spoke.', []).map((name) => name.lastWord)).toEqual(['Whitfield']);
  });
});

describe('shadowedRegistryName', () => {
  const okafor = (text: string) => matcher.find(text).find((name) => name.target.id === 'david-okafor')!;

  it('is true for a registry surname after a first name', () => {
    const text = 'Carla Okafor, a lawyer, said so.';
    expect(shadowedRegistryName(text, okafor(text))).toBe(true);
  });

  it('is false after a title, an acronym, a closed-class word or punctuation', () => {
    for (const text of ['Minister Okafor said so.', 'US Okafor said so.', 'Then Okafor said so.', '“No,” Okafor said.']) {
      expect(shadowedRegistryName(text, okafor(text)), text).toBe(false);
    }
  });
});
