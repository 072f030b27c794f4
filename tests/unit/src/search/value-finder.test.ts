/**
 * The finder of a long filter list: which values the words typed find, and what its status
 * line says.
 */
import { describe, expect, it } from 'vitest';
import { findingStatus, findsValue, foldForFinding } from '../../../../src/search/value-finder.ts';

const actors = ['Pete Hegseth', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Tricia McLaughlin', "Conan O'Neill", 'José Ramos-Horta', 'US Cyber Command'];

describe('finding a value by part of its name', () => {
  it('folds case, accents, spaces and punctuation away', () => {
    expect(foldForFinding("José Ramos-Horta")).toBe('joseramoshorta');
    expect(foldForFinding("O’Neill")).toBe('oneill');
    expect(foldForFinding('  ')).toBe('');
  });

  it('finds a value holding the words typed, anywhere in it', () => {
    expect(actors.filter((name) => findsValue('heg', name))).toEqual(['Pete Hegseth']);
    expect(actors.filter((name) => findsValue('laughlin', name))).toEqual(['Tricia McLaughlin']);
    expect(actors.filter((name) => findsValue('vla put', name))).toEqual(['Vladimir Putin']);
    expect(actors.filter((name) => findsValue('ZELENSKY', name))).toEqual(['Volodymyr Zelenskyy']);
  });

  it('ignores accents and punctuation on either side', () => {
    expect(findsValue('jose ramos horta', 'José Ramos-Horta')).toBe(true);
    expect(findsValue('josé', 'Jose Ramos-Horta')).toBe(true);
    expect(findsValue('oneill', "Conan O'Neill")).toBe(true);
    expect(findsValue("o'neill", 'Conan O’Neill')).toBe(true);
  });

  it('needs every word typed, in any order', () => {
    expect(findsValue('putin vladimir', 'Vladimir Putin')).toBe(true);
    expect(findsValue('vladimir hegseth', 'Vladimir Putin')).toBe(false);
  });

  it('finds every value while nothing but spaces or punctuation is typed', () => {
    expect(actors.every((name) => findsValue('', name))).toBe(true);
    expect(actors.every((name) => findsValue('  - ', name))).toBe(true);
  });
});

describe('the finder status line', () => {
  it('is empty while nothing is typed', () => {
    expect(findingStatus('', 21, 21, 'actor')).toBe('');
    expect(findingStatus('   ', 21, 21, 'actor')).toBe('');
  });

  it('counts the values holding the words typed among all of them', () => {
    expect(findingStatus('heg', 1, 21, 'actor')).toBe('1 of 21 actors matches “heg”.');
    expect(findingStatus(' new  york ', 2, 250, 'outlet')).toBe('2 of 250 outlets match “new york”.');
  });

  it('says when nothing matches, quoting the words typed', () => {
    expect(findingStatus(' zzz ', 0, 21, 'actor')).toBe('No actor matches “zzz”.');
  });

  it('says how many ticked values are shown though they do not match', () => {
    expect(findingStatus('zzz', 0, 21, 'actor', 1)).toBe('No actor matches “zzz”. 1 ticked actor that does not match stays shown.');
    expect(findingStatus('put', 1, 21, 'actor', 2)).toBe('1 of 21 actors matches “put”. 2 ticked actors that do not match stay shown.');
  });
});
