/**
 * The fixtures the report of names is measured on (tests/fixtures/name-report/): one source
 * or more, a registry, and the report expected; the realistic one also marks which of its
 * capitalised words are real names and which are false names of each class, so the
 * report's precision can be counted (name-report-precision.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NamedEntry } from '../../src/actors/name-matcher.ts';
import type { SourceText } from '../../src/names/name-report.ts';

export interface NameReportFixture {
  /** File name. */
  file: string;
  /** What it tests. */
  class: string;
  registry: NamedEntry[];
  sources: SourceText[];
  /** The report `npm run validate` prints, line by line. */
  expected: string[];
  /** Names a correct report lists (the realistic fixture). */
  realNames?: string[];
  /** False names by class, as the report may list them (the realistic fixture). */
  traps?: Record<string, string[]>;
}

interface FixtureFile {
  class: string;
  registry: NamedEntry[];
  paragraphs?: string[];
  sources?: SourceText[];
  expected: string[];
  realNames?: string[];
  traps?: Record<string, string[]>;
}

/** Every fixture of a folder, by file name; one English source "source" when a file gives `paragraphs`. */
export function readNameReportFixtures(folder: string): NameReportFixture[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(folder, file), 'utf8')) as FixtureFile;
      for (const field of ['class', 'registry', 'expected'] as const) {
        if (data[field] === undefined) throw new Error(`${join(folder, file)}: field "${field}" is missing`);
      }
      if (!data.paragraphs && !data.sources) throw new Error(`${join(folder, file)}: give "paragraphs" or "sources"`);
      const sources = data.sources ?? [{ slug: 'source', language: 'en', paragraphs: data.paragraphs ?? [] }];
      return {
        file,
        class: data.class,
        registry: data.registry,
        sources,
        expected: data.expected,
        ...(data.realNames ? { realNames: data.realNames } : {}),
        ...(data.traps ? { traps: data.traps } : {}),
      };
    });
}
