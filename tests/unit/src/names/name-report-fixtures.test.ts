/**
 * The report of names on its fixtures (tests/fixtures/name-report/): one per class of false
 * name the report used to list, each with the report expected, and a realistic one whose
 * real names are all listed but one (the plural possessive it still cuts).
 */
import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../../../src/actors/name-matcher.ts';
import { readNames } from '../../../../src/names/read-names.ts';
import { formatNameReport } from '../../../../scripts/lib/format-name-report.ts';
import { readNameReportFixtures } from '../../../../scripts/bench/name-report-fixtures.ts';
import { countPrecision, FIXTURES } from '../../../../scripts/bench/name-report-precision.ts';

const fixtures = readNameReportFixtures(FIXTURES);

describe('the report of names on its fixtures', () => {
  it('has one fixture per class of false name, and the realistic one', () => {
    expect(fixtures.map((fixture) => fixture.file)).toEqual([
      'all-capitals.json',
      'common-word.json',
      'contraction.json',
      'middle-initial.json',
      'misspelt-country.json',
      'month-abbreviation.json',
      'rank-and-title.json',
      'realistic.json',
    ]);
  });

  for (const fixture of fixtures) {
    it(`${fixture.file}: ${fixture.class}`, () => {
      expect(formatNameReport(readNames(fixture.sources, new NameMatcher(fixture.registry)))).toEqual(fixture.expected);
    });
  }

  it('lists no false name of a known class in the realistic paragraphs, and every real name but the one it cuts', () => {
    const fixture = fixtures.find((entry) => entry.file === 'realistic.json')!;
    const report = readNames(fixture.sources, new NameMatcher(fixture.registry));
    const count = countPrecision(
      fixture,
      report.unknown.map((name) => name.name),
      report.variants.length,
    );
    expect(Object.keys(count.falseByClass)).toEqual(['other']);
    expect(count.missed).toEqual(['Seafarers’ Welfare Trust']);
    expect(report.variants.map((variant) => variant.id)).toEqual(['tomas-eberhardt']);
  });
});
