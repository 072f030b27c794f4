/**
 * The attribution benchmark's corpus (tests/fixtures/attribution/): a registry of invented
 * actors and outlets, and one YAML file per shape of reporting, each a list of cases: a
 * text (Markdown paragraphs, as a source body) and every quotation in it labelled with
 * what a careful reader says of it: the registry id of its speaker, `as-written: <name>`
 * for a speaker the registry does not know, `unattributed-expected` when the text does not
 * establish one, or `title` for a quoted title of a work. Two folders: `tuning/`, which the
 * rules were written against, and `held-out/`, written after, to measure them on text they
 * were not fitted to. A file that breaks this shape is refused with its file, line and field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { NamedEntry } from '../../../src/actors/name-matcher.ts';
import { ContentError, type ContentProblem } from '../../../src/files/content-error.ts';

export const CORPUS = fileURLToPath(new URL('../../../tests/fixtures/attribution/', import.meta.url));
const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));

/** What a careful reader says of one quotation. */
export type Label = { kind: 'actor'; id: string } | { kind: 'as-written'; name: string } | { kind: 'unattributed' } | { kind: 'title' };

export interface LabelledQuotation {
  /** The quoted words, as written between the marks. */
  words: string;
  label: Label;
}

export interface BenchmarkCase {
  /** File (relative to the project) and line where the case starts. */
  file: string;
  line: number;
  /** Markdown paragraphs, as a source body. */
  text: string;
  quotations: LabelledQuotation[];
}

export interface ShapeFile {
  /** The shape of reporting the file covers ("cue-after"). */
  shape: string;
  file: string;
  cases: BenchmarkCase[];
}

const AS_WRITTEN = /^as-written:\s*(\S.*)$/u;

function parseLabel(value: string, actorIds: ReadonlySet<string>): Label | undefined {
  if (value === 'unattributed-expected') return { kind: 'unattributed' };
  if (value === 'title') return { kind: 'title' };
  const written = AS_WRITTEN.exec(value);
  if (written) return { kind: 'as-written', name: written[1]!.trim() };
  return actorIds.has(value) ? { kind: 'actor', id: value } : undefined;
}

/** The registry of the corpus (registry.yaml), as the name matcher reads it. */
export function readCorpusRegistry(): NamedEntry[] {
  const path = join(CORPUS, 'registry.yaml');
  const file = relative(PROJECT, path);
  const document = parseDocument(readFileSync(path, 'utf8'));
  const parsed: unknown = document.toJS();
  if (!Array.isArray(parsed)) throw new ContentError([{ file, message: 'must be a YAML list of registry entries' }]);
  return parsed.map((entry: unknown, index): NamedEntry => {
    const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const { id, type, kind, name, aliases } = record;
    if (
      typeof id !== 'string' ||
      (type !== 'actor' && type !== 'outlet') ||
      typeof kind !== 'string' ||
      typeof name !== 'string' ||
      !Array.isArray(aliases) ||
      !aliases.every((alias) => typeof alias === 'string')
    ) {
      throw new ContentError([{ file, field: `[${index}]`, message: 'needs id, type (actor | outlet), kind, name and aliases (a list)' }]);
    }
    return { id, type, kind, name, aliases: aliases as string[] };
  });
}

function lineOf(node: Node | null | undefined, counter: LineCounter): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset).line;
}

/** The shape files of one folder of the corpus ("tuning" or "held-out"), by file name; `corpus` is for tests. */
export function readShapeFiles(folder: 'tuning' | 'held-out', registry: readonly NamedEntry[], corpus: string = CORPUS): ShapeFile[] {
  const actorIds = new Set(registry.filter((entry) => entry.type === 'actor').map((entry) => entry.id));
  const dir = join(corpus, folder);
  const problems: ContentProblem[] = [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name): ShapeFile => {
      const path = join(dir, name);
      const file = relative(PROJECT, path);
      const counter = new LineCounter();
      const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter });
      const problem = (node: Node | null | undefined, field: string, message: string) => {
        const line = lineOf(node, counter);
        problems.push({ file, ...(line === undefined ? {} : { line }), field, message });
      };
      for (const error of document.errors) problems.push({ file, line: counter.linePos(error.pos[0]).line, message: error.message });
      const root = document.contents;
      const shape = isMap(root) ? root.get('shape') : undefined;
      const casesNode = isMap(root) ? root.get('cases', true) : undefined;
      if (typeof shape !== 'string') problem(root, 'shape', 'needs the shape of reporting the file covers, as a string');
      if (!isSeq(casesNode)) {
        problem(root, 'cases', 'needs a list of cases');
        return { shape: String(shape), file, cases: [] };
      }
      const cases = casesNode.items.flatMap((item, index): BenchmarkCase[] => {
        const field = `cases[${index}]`;
        const text = isMap(item) ? item.get('text') : undefined;
        const quotationsNode = isMap(item) ? item.get('quotations', true) : undefined;
        if (typeof text !== 'string' || text.trim() === '') {
          problem(item as Node, `${field}.text`, 'needs the text, as Markdown paragraphs');
          return [];
        }
        if (!isSeq(quotationsNode)) {
          problem(item as Node, `${field}.quotations`, 'needs a list of labelled quotations');
          return [];
        }
        const quotations = quotationsNode.items.flatMap((quotation, position): LabelledQuotation[] => {
          const where = `${field}.quotations[${position}]`;
          const words = isMap(quotation) ? quotation.get('words') : undefined;
          const value = isMap(quotation) ? quotation.get('label') : undefined;
          const label = typeof value === 'string' ? parseLabel(value.trim(), actorIds) : undefined;
          if (typeof words !== 'string' || words.trim() === '') problem(quotation as Node, `${where}.words`, 'needs the quoted words');
          if (!label) problem(quotation as Node, `${where}.label`, `must be an actor id of registry.yaml, "as-written: <name>", "unattributed-expected" or "title" (got ${JSON.stringify(value)})`);
          return typeof words === 'string' && label ? [{ words: words.trim(), label }] : [];
        });
        return [{ file, line: lineOf(item as Node, counter) ?? 1, text, quotations }];
      });
      return { shape: String(shape), file, cases };
    });
  if (problems.length > 0) throw new ContentError(problems);
  return files;
}
