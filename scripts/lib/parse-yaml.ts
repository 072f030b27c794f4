/**
 * YAML read for untrusted files: duplicate keys and aliases are refused (an alias bomb
 * expands a few hundred bytes into gigabytes), so is nesting deeper than any field needs
 * (thousands of `[` would overflow the stack of the tools that walk the result), and every
 * problem names its line. A `__proto__` key stays an own property (the yaml package
 * defines it rather than assigning it), so it cannot reach Object.prototype; the schemas
 * then refuse it as an unknown field.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from './content-error.ts';

export interface ParsedYaml {
  data: unknown;
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
  visit(document, (_key, node) => {
    if (isAlias(node)) {
      problems.push({
        file,
        line: node.range ? lineAt(node.range[0]) : undefined,
        message: `YAML aliases (*${node.source}) are not allowed here; write the value out in full.`,
      });
    }
  });
  if (problems.length > 0) throw new ContentError(problems);
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

function describeFound(data: unknown, path: ReadonlyArray<PropertyKey>): string {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return 'nothing';
    value = (value as Record<PropertyKey, unknown>)[key];
  }
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
  if (result.success) return result.data;
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
