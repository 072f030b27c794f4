/**
 * The one reader of a Markdown file with front matter, used by the content check, the
 * site's collections and the registry alike, so a file means the same to each of them: read
 * as a contributed file (a regular file, UTF-8, size-limited), its body held to the Markdown
 * input limits before any parser sees it, its front matter read by the hardened YAML reader
 * and checked against the collection's schema. Every problem names the file and the line.
 */
import type { z } from 'astro/zod';
import { MAX_MARKDOWN_BYTES, markdownLimitProblem } from '../markdown/input-limits.ts';
import { ContentError } from './content-error.ts';
import { parseYaml, validateYaml } from './parse-yaml.ts';
import { readContentFile } from './read-content-file.ts';

/**
 * `---`, the front matter, `---`: the shape Astro and every static-site tool read. Groups:
 * the opening line, the YAML, the closing line with the line break before it.
 */
const FRONT_MATTER = /^(---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/;

/** A Markdown file's text cut at its front matter, as written. */
export interface FrontMatterParts {
  /** The opening `---` line, with its line break. */
  opening: string;
  /** The YAML between the two lines (without the line break before the closing line). */
  yaml: string;
  /** The closing `---` line, with the line break before it and its own. */
  closing: string;
  /** Everything after the closing line. */
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
}

/**
 * Cuts a Markdown file's text at its front matter; undefined when it does not start with
 * one. The one place that knows the shape: every reader of a file with front matter (this
 * reader, the paragraph counter, the answer writer) cuts it here.
 */
export function splitFrontMatter(text: string): FrontMatterParts | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  return {
    opening: match[1] ?? '',
    yaml: match[2] ?? '',
    closing: match[3] ?? '',
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** A Markdown file read and checked. */
export interface MarkdownFile<Data> {
  /** Front matter as the schema outputs it. */
  data: Data;
  /** Front matter as written, before the schema (what Astro's collection schema is given). */
  rawData: Record<string, unknown>;
  /** Everything after the front matter's closing line. */
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  /** Line of a front matter field, e.g. ['answers', 0, 'evidence', 1]. */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

/** Splits and checks a Markdown file's text; throws a ContentError naming `file` and the line. */
export function parseMarkdownFile<Schema extends z.ZodType>(text: string, file: string, schema: Schema): MarkdownFile<z.output<Schema>> {
  const parts = splitFrontMatter(text);
  // Before the body is parsed: pathological Markdown would hang the parser. (Front matter
  // has a guard of its own, in parseYaml.)
  const bodyStart = parts ? parts.bodyLine - 1 : 0;
  const limit = markdownLimitProblem(parts ? parts.body : text, Buffer.byteLength(text));
  if (limit) throw new ContentError([{ file, ...limit, ...(limit.line === undefined ? {} : { line: limit.line + bodyStart }) }]);
  if (!parts) throw new ContentError([{ file, line: 1, message: 'must start with front matter between two "---" lines.' }]);
  // Front matter starts on line 2, after the opening "---".
  const parsed = parseYaml(parts.yaml, file, 1);
  const data = validateYaml(parsed, schema, file);
  return {
    data,
    rawData: (parsed.data ?? {}) as Record<string, unknown>,
    body: parts.body,
    bodyLine: parts.bodyLine,
    lineOf: parsed.lineOf,
  };
}

/** Reads and checks the Markdown file at `path` (named `file` in messages). */
export function readMarkdownFile<Schema extends z.ZodType>(path: string, file: string, schema: Schema): MarkdownFile<z.output<Schema>> {
  // Refuses links, devices, NUL bytes, bytes that are not UTF-8 and oversized files; drops a BOM.
  return parseMarkdownFile(readContentFile(path, file, MAX_MARKDOWN_BYTES), file, schema);
}
