/**
 * The engine (src/, scripts/) holds nothing of one dossier's event: no topic word of the
 * seed dossier, derived from its registry and places (tests/support/seed-topic-words.ts),
 * appears in any of its text files, code or comment. An example in a comment uses invented
 * names; what belongs to the event is the dossier's data (content/, data/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../src/config/project-root.ts';
import { seedTopicWords } from '../../../support/seed-topic-words.ts';

/** Text files of the engine: everything but binary data (the language model, fonts, images). */
const TEXT = /\.(?:ts|mjs|js|astro|css|md|yaml|yml|json|txt)$/;

function engineFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return engineFiles(path);
    return TEXT.test(entry.name) ? [path] : [];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the engine', () => {
  const words = seedTopicWords();
  // Whole words, case as written: "Record" in `Record<…>` is not the outlet "The Record".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');

  it('is checked against the seed dossier’s topic words', () => {
    // People, outlets, agencies and places of the seed dossier: enough that the check means something.
    expect(words.length).toBeGreaterThan(20);
  });

  it('names none of them in src/ or scripts/', () => {
    const found = ['src', 'scripts'].flatMap((folder) =>
      engineFiles(join(PROJECT_ROOT, folder)).flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, index) => {
            const match = pattern.exec(line);
            return match ? [`${relative(PROJECT_ROOT, path)}:${index + 1}: ${match[0]}`] : [];
          }),
      ),
    );
    expect(found).toEqual([]);
  });
});
