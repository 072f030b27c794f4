/**
 * YAML read for untrusted files: duplicate keys and aliases are refused (an alias bomb
 * expands a few hundred bytes into gigabytes), and every problem names its line.
 */
import { isAlias, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from './content-error.ts';

export interface ParsedYaml {
  data: unknown;
  /** The 1-based line of the value at a path, or of its nearest parent that exists. */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const problems: ContentProblem[] = document.errors.map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    message: `YAML: ${error.message.split('\n')[0]}`,
  }));
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
  return {
    data: document.toJS({ maxAliasCount: 0 }),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth -= 1) {
        const node = document.getIn(path.slice(0, depth) as unknown[], true);
        const range = (node as { range?: [number, number, number] } | undefined)?.range;
        if (range) return lineAt(range[0]);
      }
      return undefined;
    },
  };
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
          return { file, line: parsed.lineOf(path), field: path.map(String).join('.'), message: `"${String(key)}" is not a known field; check its spelling.` };
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
