/**
 * Fixture-driven attribution tests: `tests/unit/fixtures/attribution/registry.yaml` is a small
 * registry of actors and outlets, and each folder next to it holds a source body
 * (`input.md`, paragraphs separated by blank lines) and the quotations we expect in it
 * (`output.json`; `titles.json` for the quoted titles of works it sets aside, when there are
 * some). The expected files were written by reading the input and the rules in
 * `src/attribution/`, not by copying the code's output. A folder named
 * `todo-…` is a case the code does not get right yet; it is listed, not run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { attributeSource } from '../../../../src/attribution/attribute-source.ts';
import type { AttributedQuotation, AttributionBasis } from '../../../../src/attribution/types.ts';
import { english } from '../../../../src/language/en/index.ts';
import { NameMatcher, type NamedEntry } from '../../../../src/actors/name-matcher.ts';
import { sourceParagraphs } from '../../../../src/markdown/source-paragraphs.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/attribution/', import.meta.url));

const BASES: readonly AttributionBasis[] = ['cue-after', 'cue-before', 'pronoun', 'previous-sentence', 'continued', 'unattributed'];
/** Bases that rest on words around the quotation, which the result must quote as its cue. */
const CUE_BASES: readonly AttributionBasis[] = ['cue-after', 'cue-before', 'pronoun'];

interface ExpectedQuotation {
  paragraph: number;
  text: string;
  speaker?: string;
  speakerAsWritten?: string;
  basis: AttributionBasis;
  via?: string[];
  speakerPhrase?: string;
  /** The strategies whose findings disagreed, when the quotation is left unattributed for that. */
  disagreement?: string[];
}

interface ExpectedTitle {
  paragraph: number;
  text: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isBasis(value: unknown): value is AttributionBasis {
  return BASES.some((basis) => basis === value);
}

function readRegistry(path: string): NamedEntry[] {
  const parsed: unknown = parseYaml(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new TypeError(`${path} must be a YAML list of entries`);
  return parsed.map((entry: unknown, index): NamedEntry => {
    if (
      !isRecord(entry) ||
      typeof entry.id !== 'string' ||
      (entry.type !== 'actor' && entry.type !== 'outlet') ||
      typeof entry.kind !== 'string' ||
      typeof entry.name !== 'string' ||
      !isStringArray(entry.aliases)
    ) {
      throw new TypeError(`${path}: entry ${index + 1} needs id, type (actor|outlet), kind, name and aliases`);
    }
    return { id: entry.id, type: entry.type, kind: entry.kind, name: entry.name, aliases: entry.aliases };
  });
}

function readExpected(path: string): ExpectedQuotation[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new TypeError(`${path} must be a JSON array of quotations`);
  return parsed.map((item: unknown, index): ExpectedQuotation => {
    if (
      !isRecord(item) ||
      typeof item.paragraph !== 'number' ||
      typeof item.text !== 'string' ||
      !isBasis(item.basis) ||
      !(item.speaker === undefined || typeof item.speaker === 'string') ||
      !(item.speakerAsWritten === undefined || typeof item.speakerAsWritten === 'string') ||
      !(item.via === undefined || isStringArray(item.via)) ||
      !(item.speakerPhrase === undefined || typeof item.speakerPhrase === 'string') ||
      !(item.disagreement === undefined || isStringArray(item.disagreement))
    ) {
      throw new TypeError(`${path}: quotation ${index + 1} needs paragraph, text and basis (speaker, speakerAsWritten, via, speakerPhrase, disagreement optional)`);
    }
    return {
      paragraph: item.paragraph,
      text: item.text,
      basis: item.basis,
      ...(item.speaker === undefined ? {} : { speaker: item.speaker }),
      ...(item.speakerAsWritten === undefined ? {} : { speakerAsWritten: item.speakerAsWritten }),
      ...(item.via === undefined ? {} : { via: item.via }),
      ...(item.speakerPhrase === undefined ? {} : { speakerPhrase: item.speakerPhrase }),
      ...(item.disagreement === undefined ? {} : { disagreement: item.disagreement }),
    };
  });
}

function readTitles(path: string): ExpectedTitle[] {
  if (!existsSync(path)) return [];
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new TypeError(`${path} must be a JSON array of titles`);
  return parsed.map((item: unknown, index): ExpectedTitle => {
    if (!isRecord(item) || typeof item.paragraph !== 'number' || typeof item.text !== 'string') throw new TypeError(`${path}: title ${index + 1} needs paragraph and text`);
    return { paragraph: item.paragraph, text: item.text };
  });
}

/** The actual quotation cut down to the fields the expected one states (the speaker always). */
function project(actual: AttributedQuotation, expected: ExpectedQuotation): ExpectedQuotation {
  return {
    paragraph: actual.paragraph,
    text: actual.text,
    basis: actual.basis,
    ...(actual.speaker === undefined ? {} : { speaker: actual.speaker }),
    ...(actual.speakerAsWritten === undefined ? {} : { speakerAsWritten: actual.speakerAsWritten }),
    ...(expected.via === undefined ? {} : { via: actual.via }),
    ...(expected.speakerPhrase === undefined ? {} : { speakerPhrase: actual.speakerPhrase }),
    ...(expected.disagreement === undefined ? {} : { disagreement: [...new Set((actual.disagreement ?? []).map((entry) => entry.strategy))].sort() }),
  };
}

const registry = readRegistry(join(FIXTURES, 'registry.yaml'));
const matcher = new NameMatcher(registry);
const kinds = new Map(registry.filter((entry) => entry.type === 'actor').map((entry) => [entry.id, entry.kind]));
const kindOf = (id: string) => kinds.get(id);

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const active = cases.filter((name) => !name.startsWith('todo-'));
const pending = cases.filter((name) => name.startsWith('todo-'));

describe('attribution fixtures', () => {
  it('has the cases attribution must handle', () => {
    // Guards against a folder being renamed or lost without anyone noticing.
    expect(cases.length).toBeGreaterThanOrEqual(24);
  });

  it('has a registry with people, agencies and outlets, and no name claimed twice', () => {
    const count = (kind: string) => registry.filter((entry) => entry.kind === kind).length;
    expect(count('person')).toBeGreaterThanOrEqual(4);
    expect(count('agency')).toBeGreaterThanOrEqual(2);
    expect(registry.filter((entry) => entry.type === 'outlet').length).toBeGreaterThanOrEqual(3);
    expect(matcher.conflicts).toEqual([]);
  });

  for (const name of pending) it.todo(`${name.slice('todo-'.length)} (known disagreement, see its output.json)`);

  describe.each(active)('%s', (name) => {
    const dir = join(FIXTURES, name);
    const paragraphs = sourceParagraphs(readFileSync(join(dir, 'input.md'), 'utf8'));
    const expected = readExpected(join(dir, 'output.json'));
    const expectedTitles = readTitles(join(dir, 'titles.json'));
    const { quotations: actual, titles } = attributeSource(paragraphs, matcher, kindOf, english);

    it('finds the expected quotations and speakers', () => {
      expect(actual.map((quotation, index) => (expected[index] ? project(quotation, expected[index]) : quotation))).toEqual(expected);
    });

    it('sets aside the expected titles of works, and only those', () => {
      expect(titles.map(({ paragraph, text }) => ({ paragraph, text }))).toEqual(expectedTitles);
    });

    it('points each quotation at its words in the paragraph', () => {
      for (const quotation of actual) {
        expect(paragraphs[quotation.paragraph - 1]?.slice(quotation.start, quotation.end)).toBe(quotation.text);
      }
    });

    it('quotes the cue words for every quotation attributed by a cue', () => {
      for (const quotation of actual.filter((q) => CUE_BASES.includes(q.basis))) {
        expect(quotation.cue, `cue for “${quotation.text}”`).toEqual(expect.stringMatching(/\S/u));
      }
    });

    it('never names an outlet, or anything outside the registry, as a speaker (a name as written is never an actor id)', () => {
      for (const quotation of actual) {
        if (quotation.speaker !== undefined) expect(kinds.has(quotation.speaker), quotation.speaker).toBe(true);
        if (quotation.speakerAsWritten !== undefined) expect(quotation.speaker).toBeUndefined();
      }
    });
  });
});
