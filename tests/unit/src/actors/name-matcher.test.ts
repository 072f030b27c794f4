/**
 * The registry name matcher: which names it finds in running text, and which it must not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameMatcher, type NamedEntry } from '../../../../src/actors/name-matcher.ts';

function actor(id: string, name: string, aliases: readonly string[] = [], kind = 'person'): NamedEntry {
  return { type: 'actor', id, kind, name, aliases };
}

function outlet(id: string, name: string, aliases: readonly string[] = []): NamedEntry {
  return { type: 'outlet', id, kind: 'outlet', name, aliases };
}

const REGISTRY: readonly NamedEntry[] = [
  actor('pete-hegseth', 'Pete Hegseth', ['Hegseth', 'Defense Secretary Pete Hegseth', 'the defence secretary']),
  actor('donald-trump', 'Donald Trump', ['Trump', 'President Trump']),
  actor('cisa', 'Cybersecurity and Infrastructure Security Agency', ['CISA'], 'agency'),
  actor('department-of-defense', 'US Department of Defense', ['Department of Defense', 'the defense department'], 'agency'),
  actor('us-cyber-command', 'US Cyber Command', ['Cyber Command'], 'agency'),
  actor('us-army', 'United States Army', ['U.S. Army', 'US Army'], 'agency'),
  outlet('new-york-times', 'The New York Times', ['New York Times']),
  outlet('the-record', 'The Record'),
];

const matcher = new NameMatcher(REGISTRY);

/** [id, text as written, possessive] for every match, in order. */
function found(text: string, names: NameMatcher = matcher): Array<[string, string, boolean]> {
  return names.find(text).map((match) => [match.target.id, match.text, match.possessive]);
}

describe('NameMatcher', () => {
  it('reports each match with its registry, id, kind and offsets', () => {
    const text = 'Yesterday Pete Hegseth spoke.';
    expect(matcher.find(text)).toEqual([
      {
        target: { type: 'actor', id: 'pete-hegseth', kind: 'person' },
        start: 10,
        end: 22,
        text: 'Pete Hegseth',
        possessive: false,
      },
    ]);
    expect(matcher.find('As The Record reported.')[0]?.target).toEqual({ type: 'outlet', id: 'the-record', kind: 'outlet' });
  });

  it('takes the longest name at a position', () => {
    expect(found('Defense Secretary Pete Hegseth signed it.')).toEqual([['pete-hegseth', 'Defense Secretary Pete Hegseth', false]]);
    expect(found('The halt came from US Cyber Command.')).toEqual([['us-cyber-command', 'US Cyber Command', false]]);
    expect(found('It was in The New York Times and the New York Times.')).toEqual([
      ['new-york-times', 'The New York Times', false],
      ['new-york-times', 'New York Times', false],
    ]);
  });

  it('falls back to a shorter name when the longer one does not continue', () => {
    expect(found('Pete said Hegseth agreed.')).toEqual([['pete-hegseth', 'Hegseth', false]]);
    expect(found('Defense Secretary Hegseth agreed.')).toEqual([['pete-hegseth', 'Hegseth', false]]);
  });

  it('finds the forms damaged copies wrote for a name, as that entry', () => {
    const names = new NameMatcher([{ ...outlet('the-record', 'The Record'), damagedForms: ['The File'] }]);
    expect(found('According to The File, and The Record too.', names)).toEqual([
      ['the-record', 'The File', false],
      ['the-record', 'The Record', false],
    ]);
  });

  it('matches whole words only', () => {
    expect(found('McHegseth and Hegseths and Hegseth2 and Hegseth')).toEqual([['pete-hegseth', 'Hegseth', false]]);
    expect(found('Trumpism is not Trump.')).toEqual([['donald-trump', 'Trump', false]]);
    expect(found('Names at the edges: Trump')).toEqual([['donald-trump', 'Trump', false]]);
    expect(found('(Trump), "Trump" and Trump.')).toHaveLength(3);
  });

  it('does not take the verb "trump" for the name', () => {
    expect(found('Security concerns trump everything; it is a trump card.')).toEqual([]);
  });

  it('flags possessives written with a straight or a curly apostrophe, leaving them out of the name', () => {
    const straight = matcher.find("Hegseth's order");
    expect(straight).toEqual([expect.objectContaining({ text: 'Hegseth', start: 0, end: 7, possessive: true })]);
    const curly = matcher.find('Under Trump’s plan, Trump’s team and President Trump’s aides');
    expect(curly.map((match) => [match.text, match.possessive])).toEqual([
      ['Trump', true],
      ['Trump', true],
      ['President Trump', true],
    ]);
  });

  it('does not take an apostrophe that is not an "’s" ending for a possessive', () => {
    expect(found('Hegseth’ said Trump’sake Trump’ s')).toEqual([
      ['pete-hegseth', 'Hegseth', false],
      ['donald-trump', 'Trump', false],
      ['donald-trump', 'Trump', false],
    ]);
  });

  it('treats British and American spellings as one word', () => {
    expect(found('The defence department declined to comment.')).toEqual([['department-of-defense', 'The defence department', false]]);
    expect(found('The Defense Secretary met the defense secretary.')).toEqual([
      ['pete-hegseth', 'The Defense Secretary', false],
      ['pete-hegseth', 'the defense secretary', false],
    ]);
  });

  it('lets lower-case alias words match capitalised text', () => {
    expect(found('The Defence Department said so.')).toEqual([['department-of-defense', 'The Defence Department', false]]);
  });

  it('does not let capitalised alias words match lower-case text', () => {
    expect(found('He works in cyber command at the department of defense.')).toEqual([]);
    expect(found('pete hegseth')).toEqual([]);
  });

  it('lets an all-capital acronym find its capitalised form, not its lower-case one', () => {
    expect(found('CISA and Cisa, but not cisa.')).toEqual([
      ['cisa', 'CISA', false],
      ['cisa', 'Cisa', false],
    ]);
  });

  it('matches dotted abbreviations as written in the alias', () => {
    expect(found('He joined the U.S. Army.')).toEqual([['us-army', 'U.S. Army', false]]);
    expect(found('The U.S. Army’s budget, and the US Army.')).toEqual([
      ['us-army', 'U.S. Army', true],
      ['us-army', 'US Army', false],
    ]);
    // Punctuation the alias does not have, or a dot missing, is not the name.
    expect(found('the U.S.-Army, the U.S Army and the US. Army')).toEqual([]);
  });

  it('stops a name at punctuation between its words, but not at other white space', () => {
    expect(found('Pete, Hegseth', new NameMatcher([actor('pete-hegseth', 'Pete Hegseth')]))).toEqual([]);
    expect(found('Pete-Hegseth and Pete. Hegseth', new NameMatcher([actor('pete-hegseth', 'Pete Hegseth')]))).toEqual([]);
    expect(found('Pete\u00A0Hegseth and Pete\n  Hegseth', new NameMatcher([actor('pete-hegseth', 'Pete Hegseth')]))).toEqual([
      ['pete-hegseth', 'Pete\u00A0Hegseth', false],
      ['pete-hegseth', 'Pete\n  Hegseth', false],
    ]);
  });

  it('reports a name two entries claim, keeping the first claim', () => {
    const names = new NameMatcher([
      actor('george-washington', 'George Washington', ['Washington']),
      outlet('washington-post', 'The Washington Post', ['Washington']),
    ]);
    expect(names.conflicts).toEqual([
      {
        name: 'Washington',
        first: { type: 'actor', id: 'george-washington', kind: 'person' },
        second: { type: 'outlet', id: 'washington-post', kind: 'outlet' },
      },
    ]);
    expect(found('Washington spoke.', names)).toEqual([['george-washington', 'Washington', false]]);
  });

  it('reports a clash between spellings of one name, but not one entry repeating its own name', () => {
    const names = new NameMatcher([
      actor('department-of-defense', 'Department of Defense', ['Department of Defense', 'the defence department', 'the defense department'], 'agency'),
      actor('ministry-of-defence', 'Ministry of Defence', ['The Defence Department'], 'agency'),
    ]);
    expect(names.conflicts.map((conflict) => [conflict.name, conflict.first.id, conflict.second.id])).toEqual([
      ['The Defence Department', 'department-of-defense', 'ministry-of-defence'],
    ]);
    expect(matcher.conflicts).toEqual([]);
  });

  it('finds nothing in text without names, or in empty text', () => {
    expect(found('')).toEqual([]);
    expect(found('Officials said the order was paused.')).toEqual([]);
    expect(new NameMatcher([]).find('Pete Hegseth')).toEqual([]);
  });

  it('returns names in order, without overlaps, each exactly as written in the text', () => {
    const pieces = [
      'Pete', 'Hegseth', 'Defense', 'Secretary', 'Trump', 'trump', 'Trumpism', 'CISA', 'Cisa', 'cisa', 'U.S.', 'Army',
      'US', 'Cyber', 'Command', 'The', 'the', 'Record', 'defence', 'department', 'New', 'York', 'Times', 'said', '’s', "'s",
      '’', "'", ',', '.', '-', '“', '”', '(', ')', 'é', '2025',
    ];
    const separators = [' ', ' ', ' ', '', '\n', '\u00A0', ', '];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { maxLength: 30 })
      .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 60 })), (input) => {
        let previousEnd = 0;
        for (const match of matcher.find(input)) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.text).toBe(input.slice(match.start, match.end));
          previousEnd = match.end;
          if (match.possessive) {
            expect(input.slice(match.end, match.end + 2)).toMatch(/^['’][sS]$/u);
            previousEnd = match.end + 2;
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
