/**
 * YAML read for untrusted files: duplicate keys and aliases are refused (an alias bomb
 * expands a few hundred bytes into gigabytes), so is nesting deeper than any field needs
 * (thousands of `[` would overflow the stack of the tools that walk the result), and every
 * problem names its line. A `__proto__` key stays an own property (the yaml package
 * defines it rather than assigning it), so it cannot reach Object.prototype; the schemas
 * then refuse it as an unknown field.
 *
 * This is the one reader of front matter and sidecars, for the content check and for the
 * site's collections alike, and it refuses what YAML readers disagree on, so a file means
 * the same to every tool that opens it: explicit tags (`!!js/function`, `!custom`, `!!set`:
 * other readers run, drop or reject them) and, in a field that takes text, an unquoted date
 * (YAML 1.1 readers, Astro's own among them, turn `title: 2025-03-03` into a date).
 */
import { isAlias, isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from './content-error.ts';

export interface ParsedYaml {
  data: unknown;
  /** Paths of unquoted scalars that YAML 1.1 readers take for dates (`2025-03-03`). */
  plainDates: ReadonlyArray<ReadonlyArray<PropertyKey>>;
  /** The 1-based line of the value at a path, or of its nearest parent that exists. */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
  /** The 1-based line of the key that ends `path` (where an unknown field is written), else as lineOf. */
  keyLineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

/** Lists and maps inside each other; the deepest field of any schema here is 4 levels down. */
export const MAX_YAML_DEPTH = 16;

const TOO_DEEP = `YAML nested deeper than ${MAX_YAML_DEPTH} levels of lists or maps; no field here needs more than 4.`;

/** The first collection nested deeper than MAX_YAML_DEPTH, walked without recursion. */
function tooDeep(document: Document): { range?: [number, number, number] | null } | undefined {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: document.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: undefined, depth: 0 };
    if (!isCollection(node)) continue;
    if (depth > MAX_YAML_DEPTH) return node;
    for (const item of node.items) {
      if (isPair(item)) stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const problems: ContentProblem[] = document.errors.map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    // The yaml package reports a stack overflow on deep nesting as a parse error.
    message: error.message.includes('call stack') ? TOO_DEEP : `YAML: ${error.message.split('\n')[0]}`,
  }));
  const deep = problems.length === 0 ? tooDeep(document) : undefined;
  if (deep) problems.push({ file, line: deep.range ? lineAt(deep.range[0]) : undefined, message: TOO_DEEP });
  // Walking a document that failed to parse, or is too deep, could itself overflow.
  if (problems.length > 0) throw new ContentError(dedupe(problems));
  visit(document, (_key, node, path) => {
    if (isAlias(node)) {
      problems.push({
        file,
        line: node.range ? lineAt(node.range[0]) : undefined,
        message: `YAML aliases (*${node.source}) are not allowed here; write the value out in full.`,
      });
    } else if ((isScalar(node) || isCollection(node)) && node.tag !== undefined) {
      // A block collection's range starts at its first item, below the tag: name the key's line.
      const parent = path.at(-1);
      const keyed = isPair(parent) && parent.value === node && isScalar(parent.key) ? parent.key : node;
      problems.push({
        file,
        line: keyed.range ? lineAt(keyed.range[0]) : undefined,
        message: `YAML tags (${shortTag(node.tag)}) are not allowed here: other YAML readers would run, drop or reject them. Write a plain value (quoted, if it is text).`,
      });
    }
  });
  // Anything else the parser only warned about (its unresolved-tag warnings are the tags above).
  for (const warning of document.warnings.filter((candidate) => candidate.code !== 'TAG_RESOLVE_FAILED')) {
    problems.push({ file, line: lineAt(warning.pos[0]), message: `YAML: ${warning.message.split('\n')[0]}` });
  }
  if (problems.length > 0) throw new ContentError(dedupe(problems));
  const lineOf = (path: ReadonlyArray<PropertyKey>) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = document.getIn(path.slice(0, depth) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lineAt(range[0]);
    }
    return undefined;
  };
  return {
    data: document.toJS({ maxAliasCount: 0 }),
    plainDates: plainDates(document),
    lineOf,
    keyLineOf(path) {
      const parent = path.length > 0 ? document.getIn(path.slice(0, -1) as unknown[], true) : undefined;
      const key = path.at(-1);
      const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
      const range = isScalar(pair?.key) ? pair.key.range : undefined;
      return range ? lineAt(range[0]) : lineOf(path);
    },
  };
}

/** `tag:yaml.org,2002:js/function` as it was written, `!!js/function`. */
function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** A YAML 1.1 timestamp: what other readers turn into a date when it is not quoted. */
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;

/** Paths of the unquoted scalars that look like dates, walked without recursion. */
function plainDates(document: Document): PropertyKey[][] {
  const found: PropertyKey[][] = [];
  const stack: Array<{ node: YamlNode | null | undefined; path: PropertyKey[] }> = [{ node: document.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() ?? { node: undefined, path: [] };
    if (isScalar(node)) {
      if (node.type === 'PLAIN' && typeof node.value === 'string' && TIMESTAMP.test(node.value)) found.push(path);
    } else if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) stack.push({ node: pair.value as YamlNode | null, path: [...path, pair.key.value as PropertyKey] });
    } else if (isCollection(node)) {
      node.items.forEach((item, index) => stack.push({ node: item as YamlNode, path: [...path, index] }));
    }
  }
  return found;
}

/** `data` with the value at `path` replaced (a copy along the path; the rest shared). */
function replacedAt(data: unknown, path: ReadonlyArray<PropertyKey>, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(data)) return data.map((item, index) => (index === head ? replacedAt(item, rest, value) : item));
  if (data !== null && typeof data === 'object') {
    const copy: Record<PropertyKey, unknown> = { ...(data as Record<PropertyKey, unknown>) };
    copy[head as PropertyKey] = replacedAt(copy[head as PropertyKey], rest, value);
    return copy;
  }
  return data;
}

/** One problem per line and message: a stack overflow is reported at every level it unwinds. */
function dedupe(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The value at `path` in parsed data, or undefined. */
function readAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeFound(data: unknown, path: ReadonlyArray<PropertyKey>): string {
  const value = readAt(data, path);
  if (value === undefined) return 'nothing';
  const shown = JSON.stringify(value instanceof Date ? value.toISOString().slice(0, 10) : value);
  return shown === undefined ? String(value) : shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

/** Validates parsed YAML against a schema; throws every issue with its file, line and field. */
export function validateYaml<Schema extends z.ZodType>(
  parsed: ParsedYaml,
  schema: Schema,
  file: string,
): z.output<Schema> {
  const result = schema.safeParse(parsed.data);
  if (result.success) {
    // An unquoted date is fine where a date is expected; where text is, the schema refuses a
    // date in its place, and so the value must be quoted to mean the same to every reader.
    const textDates = parsed.plainDates.filter((path) => {
      const written = String(readAt(parsed.data, path));
      const asDate = new Date(/^\d+-\d+-\d+$/.test(written) ? `${written}T00:00:00Z` : written);
      return !schema.safeParse(replacedAt(parsed.data, path, asDate)).success;
    });
    if (textDates.length === 0) return result.data;
    throw new ContentError(
      textDates.map((path) => ({
        file,
        line: parsed.lineOf(path),
        field: path.map(String).join('.'),
        message: `${String(readAt(parsed.data, path))} is read as a date by other YAML readers (Astro's among them), but this field is text; put it in quotes ("${String(readAt(parsed.data, path))}").`,
      })),
    );
  }
  throw new ContentError(
    result.error.issues.flatMap((issue) => {
      // zod reports unknown keys once, on their object; a reader needs each key and its line.
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => {
          const path = [...issue.path, key];
          return { file, line: parsed.keyLineOf(path), field: path.map(String).join('.'), message: `"${String(key)}" is not a known field; check its spelling.` };
        });
      }
      const path = issue.path;
      return [
        {
          file,
          line: parsed.lineOf(path),
          field: path.length > 0 ? path.map(String).join('.') : undefined,
          message: `${issue.message} (found ${describeFound(parsed.data, path)})`,
        },
      ];
    }),
  );
}
