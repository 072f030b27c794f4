/**
 * What the site should show, read straight from content/ at test time, so the site tests
 * follow the data instead of hard-coding how many sources or actors there are.
 */
import { cleaningMarks, type CleaningMark } from '../../src/markdown/cleaning-marks.ts';
import { cleaningRecordSchema, type QuotationRecord, type UnrestoredParagraph } from '../../src/schemas/cleaning-record.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { countParagraphs } from '../../src/markdown/paragraph-counts.ts';

export const CONTENT_DIR = resolve('content');

function markdownFiles(folder: string): string[] {
  const dir = join(CONTENT_DIR, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}

function frontMatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  const data: unknown = parseYaml(match?.[1] ?? '');
  if (typeof data !== 'object' || data === null) throw new Error(`${file} has no front matter`);
  return data as Record<string, unknown>;
}

function stringList(data: Record<string, unknown>, field: string, file: string): string[] {
  const value = data[field] ?? [];
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    throw new Error(`${file}: front matter field "${field}" is not a list of strings`);
  }
  return value;
}

function stringField(data: Record<string, unknown>, field: string, file: string): string {
  const value = data[field];
  if (typeof value !== 'string') throw new Error(`${file}: front matter field "${field}" is not a string`);
  return value;
}

export interface SourceInfo {
  slug: string;
  title: string;
  /** Top-level Markdown paragraphs, which the page numbers p1..pN. */
  paragraphCount: number;
  /** Changes listed in content/cleaning/<slug>.json, or undefined for a hand-written source. */
  changeCount: number | undefined;
  /** Passages the record flags as uncertain (left as received), listed apart from changes. */
  uncertainCount: number;
  /** Quotations the record says cleaning altered. */
  alteredQuotationCount: number;
  /** The copy's paragraphs as received, for a seeded source. */
  rawParagraphs: string[] | undefined;
  /** The marks its text must carry (src/markdown/cleaning-marks.ts), for a seeded source. */
  marks: CleaningMark[] | undefined;
  /** Its quotations as the record gives them, for a seeded source. */
  quotations: QuotationRecord[] | undefined;
  /** The paragraphs its record marks as still in the damaged copy's wording. */
  unrestored: UnrestoredParagraph[];
  /** Kinds of damage the source declares (front matter `damage`) and its cleaning found. */
  damage: string[];
}

export interface ActorInfo {
  id: string;
  name: string;
  kind: string;
  /** Other names the actor goes by in the sources (front matter `aliases`). */
  aliases: string[];
  /** Forms damaged copies wrote for the name (front matter `damagedForms`). */
  damagedForms: string[];
}

/** An outlet of content/outlets/: it publishes or passes on reporting, and never speaks. */
export interface OutletInfo {
  id: string;
  name: string;
  aliases: string[];
  damagedForms: string[];
}

export function sources(): SourceInfo[] {
  return markdownFiles('sources').map((file) => {
    const slug = basename(file, '.md');
    const cleaning = join(CONTENT_DIR, 'cleaning', `${slug}.json`);
    let changeCount: number | undefined;
    let uncertainCount = 0;
    let alteredQuotationCount = 0;
    let marks: CleaningMark[] | undefined;
    let quotations: QuotationRecord[] | undefined;
    let rawParagraphs: string[] | undefined;
    let unrestored: UnrestoredParagraph[] = [];
    const damage = stringList(frontMatter(file), 'damage', file);
    if (existsSync(cleaning)) {
      const record = cleaningRecordSchema.parse(JSON.parse(readFileSync(cleaning, 'utf8')));
      uncertainCount = record.changes.filter((change) => change.ruleId === 'editorial/uncertain').length;
      changeCount = record.changes.length - uncertainCount;
      alteredQuotationCount = record.alteredQuotations.length;
      marks = cleaningMarks(record);
      quotations = record.quotations;
      rawParagraphs = record.rawParagraphs;
      unrestored = record.unrestoredParagraphs;
      damage.push(...record.damageFound);
    }
    return {
      slug,
      title: stringField(frontMatter(file), 'title', file),
      paragraphCount: countParagraphs(readFileSync(file, 'utf8')),
      changeCount,
      uncertainCount,
      alteredQuotationCount,
      marks,
      quotations,
      rawParagraphs,
      unrestored,
      damage: [...new Set(damage)].sort(),
    };
  });
}

export function actors(): ActorInfo[] {
  return markdownFiles('actors').map((file) => {
    const data = frontMatter(file);
    return {
      id: basename(file, '.md'),
      name: stringField(data, 'name', file),
      kind: stringField(data, 'kind', file),
      aliases: stringList(data, 'aliases', file),
      damagedForms: stringList(data, 'damagedForms', file),
    };
  });
}

export function outlets(): OutletInfo[] {
  return markdownFiles('outlets').map((file) => {
    const data = frontMatter(file);
    return {
      id: basename(file, '.md'),
      name: stringField(data, 'name', file),
      aliases: stringList(data, 'aliases', file),
      damagedForms: stringList(data, 'damagedForms', file),
    };
  });
}

/** Every text file under content/, for checking whether a word occurs anywhere in the data. */
export function allContentText(dir: string = CONTENT_DIR): string {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? allContentText(path) : readFileSync(path, 'utf8');
    })
    .join('\n');
}

/** Ids of the key questions in content/questions/ (each has a page). */
export function questionIds(): string[] {
  return readdirSync(join(CONTENT_DIR, 'questions'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => basename(name, '.md'));
}
