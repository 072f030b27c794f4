/**
 * A description as the speaker ("the agency said"): the head noun of a name, and the strategy
 * on a new report with the real registry, where the words of an agency named just before are
 * the agency's, and a description that could mean someone else is left alone.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attributeSource } from '../../../../src/attribution/attribute-source.ts';
import { headOfName } from '../../../../src/attribution/strategies/description.ts';
import { english } from '../../../../src/language/en/index.ts';
import { NameMatcher } from '../../../../src/actors/name-matcher.ts';
import { readRegistry } from '../../../../src/actors/registry-files.ts';

const registry = readRegistry(fileURLToPath(new URL('../../../../content/', import.meta.url)));
const matcher = new NameMatcher(registry);
const kinds = new Map(registry.filter((entry) => entry.type === 'actor').map((entry) => [entry.id, entry.kind]));
const attribute = (...paragraphs: string[]) => attributeSource(paragraphs, matcher, (id) => kinds.get(id), english).quotations;
const cisa = registry.find((entry) => entry.type === 'actor' && entry.name.endsWith('Infrastructure Security Agency'));

describe('headOfName', () => {
  it('is the word before "of", else the last word, in lower case', () => {
    expect(headOfName('Department of Homeland Security')).toBe('department');
    expect(headOfName('Cybersecurity and Infrastructure Security Agency')).toBe('agency');
    expect(headOfName('US Cyber Command')).toBe('command');
    expect(headOfName('Office')).toBe('office');
  });
});

describe('a description as the speaker', () => {
  it('stands for the one organisation just named with that head noun', () => {
    expect(cisa, 'the registry has CISA under its full name').toBeDefined();
    const [quotation] = attribute(`The ${cisa?.name} said in a statement that its mission had not changed. “We remain committed to the work,” the agency said.`);
    expect(quotation).toMatchObject({ speaker: cisa?.id, basis: 'description', cue: expect.stringContaining('the agency said') });
  });

  it('stands for the organisation whose spokesperson the sentence before names', () => {
    const pentagon = registry.find((entry) => entry.type === 'actor' && entry.aliases.includes('Pentagon'));
    expect(pentagon, 'the registry knows the Pentagon').toBeDefined();
    const [quotation] = attribute('A Pentagon spokesperson declined to comment, citing operational security. “We do not discuss plans,” the spokesperson said.');
    expect(quotation).toMatchObject({ speaker: pentagon?.id, basis: 'description' });
    // A person's spokesperson is not the person.
    const [person] = attribute('A spokesperson for Pete Hegseth declined to comment. “We do not discuss plans,” the spokesperson said.');
    expect(person?.speaker).toBeUndefined();
  });

  it('stands for no one when another agency is in the stretch, or for a person’s title', () => {
    const [two] = attribute(`The ${cisa?.name} and a state agency met on Monday. “We remain committed,” the agency said.`);
    expect(two?.speaker).toBeUndefined();
    const [minister] = attribute('Pete Hegseth met officials on Monday. “We remain committed,” the secretary said.');
    expect(minister?.speaker).toBeUndefined();
  });
});
