/**
 * A throwaway copy of the project's content layout in the system temp directory, so the
 * content build can be run (and made to fail) without touching the real content/.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { projectPaths, type ProjectPaths } from '../../../scripts/content/plan-content.ts';

export interface TempProject {
  root: string;
  paths: ProjectPaths;
  /** Writes a file at a path relative to the project root, creating folders. */
  write(path: string, contents: string | Uint8Array): void;
  read(path: string): string;
  remove(path: string): void;
  /** Every file under the root, relative path → bytes as a hex string (exact comparison). */
  snapshot(): Map<string, string>;
  dispose(): void;
}

const OUTLET = (name: string) => `---\nname: ${name}\ndescription: An outlet for tests.\n---\n`;

export function createTempProject(): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'dossier-content-'));
  const write = (path: string, contents: string | Uint8Array) => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, contents);
  };
  mkdirSync(join(root, 'seeds'), { recursive: true });
  write('content/outlets/bbc-news.md', OUTLET('BBC News'));
  write('content/outlets/techcrunch.md', OUTLET('TechCrunch'));

  const walk = (dir: string, files: Map<string, string>) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, files);
      else files.set(relative(root, full), readFileSync(full).toString('hex'));
    }
    return files;
  };

  return {
    root,
    paths: projectPaths(root),
    write,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    remove: (path) => rmSync(join(root, path)),
    snapshot: () => walk(root, new Map()),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A sidecar with the required fields, overridable line by line. */
export function sidecar(fields: Record<string, string> = {}): string {
  const all: Record<string, string> = {
    slug: 'ministers-agree-plan',
    outlet: 'bbc-news',
    published: '2025-03-03',
    language: 'en',
    ...fields,
  };
  return `# Metadata for a test seed.\n${Object.entries(all)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n`;
}

export const GOOD_SEED = [
  'Ministers agree new cyber defence plan',
  'Ministers agree new cyber defence plan',
  '',
  'The government has agreed a new plan to defend public networks ,officials said on Monday.',
  '',
  'The plan will be published in full next month.',
  '',
  'Leave a Reply',
  '',
].join('\n');
