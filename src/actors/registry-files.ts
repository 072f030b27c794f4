/**
 * Reads the registry of names from content/: every actor (`content/actors/*.md`) and outlet
 * (`content/outlets/*.md`) with the names it goes by, for the name matcher.
 *
 * Files whose front matter is missing or does not satisfy its schema are skipped, not
 * reported: `npm run validate` reports them with located messages, and a build that uses
 * this registry stops there first. Files are read in name order, so the registry (and
 * which of two entries claiming one name wins) is the same on every machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { NamedEntry } from './name-matcher.ts';
import { actorSchema } from '../schemas/actor.ts';
import { outletSchema } from '../schemas/outlet.ts';

/** The front matter of a Markdown file: the lines between its first two `---` lines. */
export function frontMatter(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const open = lines.findIndex((line) => line.trimEnd() === '---');
  if (open < 0) return undefined;
  const close = lines.findIndex((line, index) => index > open && line.trimEnd() === '---');
  return close < 0 ? undefined : lines.slice(open + 1, close).join('\n');
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}

function readFrontMatter(path: string): unknown {
  const yaml = frontMatter(readFileSync(path, 'utf8'));
  if (yaml === undefined) return undefined;
  try {
    return parse(yaml) as unknown;
  } catch {
    return undefined;
  }
}

/** Every valid actor, then every valid outlet, of a content folder, each in file-name order. */
export function readRegistry(contentDir: string): NamedEntry[] {
  const entries: NamedEntry[] = [];
  for (const path of markdownFiles(join(contentDir, 'actors'))) {
    const result = actorSchema.safeParse(readFrontMatter(path));
    if (!result.success) continue;
    const { name, aliases, kind } = result.data;
    entries.push({ type: 'actor', id: basename(path, '.md'), kind, name, aliases });
  }
  for (const path of markdownFiles(join(contentDir, 'outlets'))) {
    const result = outletSchema.safeParse(readFrontMatter(path));
    if (!result.success) continue;
    const { name, aliases } = result.data;
    entries.push({ type: 'outlet', id: basename(path, '.md'), kind: 'outlet', name, aliases });
  }
  return entries;
}
