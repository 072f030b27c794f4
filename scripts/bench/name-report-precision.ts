/**
 * `npm run bench:name-report`: how many of the names the report of names lists are real
 * names (precision), and how many of the real names it lists (recall), on the realistic
 * fixture (tests/fixtures/name-report/realistic.json), with each false name counted under
 * its class. A measurement, not a test: the results table is in docs/name-report.md;
 * tests/unit/src/names/name-report-fixtures.test.ts holds every fixture to its expected report.
 */
import { fileURLToPath } from 'node:url';
import { NameMatcher } from '../../src/actors/name-matcher.ts';
import { readNames } from '../../src/names/read-names.ts';
import { readNameReportFixtures, type NameReportFixture } from './name-report-fixtures.ts';

export const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/name-report/', import.meta.url));

/** What the report lists for a fixture, sorted into real names and false names by class. */
export interface PrecisionCount {
  listed: number;
  real: number;
  /** False names listed, by class; "other" for those the fixture names no class for. */
  falseByClass: Record<string, string[]>;
  /** Real names the report does not list. */
  missed: string[];
  /** Names listed under a registry entry as another way of writing it. */
  variants: number;
}

/** Counts what a list of names the report gave is made of. */
export function countPrecision(fixture: NameReportFixture, listed: readonly string[], variants: number): PrecisionCount {
  const real = new Set(fixture.realNames ?? []);
  const classOf = new Map(Object.entries(fixture.traps ?? {}).flatMap(([name, forms]) => forms.map((form) => [form, name] as const)));
  const falseByClass: Record<string, string[]> = {};
  for (const name of listed) {
    if (real.has(name)) continue;
    const kind = classOf.get(name) ?? 'other';
    (falseByClass[kind] ??= []).push(name);
  }
  return {
    listed: listed.length,
    real: listed.filter((name) => real.has(name)).length,
    falseByClass,
    missed: [...real].filter((name) => !listed.includes(name)),
    variants,
  };
}

function main(): void {
  const fixture = readNameReportFixtures(FIXTURES).find((entry) => entry.file === 'realistic.json');
  if (!fixture) throw new Error(`${FIXTURES}realistic.json is missing`);
  const report = readNames(fixture.sources, new NameMatcher(fixture.registry));
  const count = countPrecision(
    fixture,
    report.unknown.map((name) => name.name),
    report.variants.length,
  );
  const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`);
  console.log(`listed ${count.listed}, real ${count.real}: precision ${percent(count.real, count.listed)}`);
  console.log(`real names listed ${count.real} of ${fixture.realNames?.length ?? 0}: recall ${percent(count.real, fixture.realNames?.length ?? 0)}`);
  console.log(`registry entries written another way: ${count.variants}`);
  for (const kind of [...Object.keys(fixture.traps ?? {}), 'other']) {
    console.log(`  false, ${kind}: ${count.falseByClass[kind]?.length ?? 0}${count.falseByClass[kind] ? ` (${count.falseByClass[kind].join(', ')})` : ''}`);
  }
  if (count.missed.length > 0) console.log(`missed: ${count.missed.join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
