/**
 * Reading the registry of actors and outlets from a content folder.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegistry } from '../../../../src/actors/registry-files.ts';

let root: string;
const write = (path: string, contents: string) => {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, contents);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-registry-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('readRegistry', () => {
  it('reads actors then outlets, each in file-name order, and skips invalid files', () => {
    write('actors/zed-agency.md', '---\nname: Zed Agency\nkind: agency\nrole: An agency\n---\nBody.\n');
    write('actors/jane-doe.md', '---\nname: Jane Doe\naliases: [Doe, Ms Doe]\nkind: person\nrole: Spokeswoman\n---\nBody.\n');
    // No kind: the validator reports it; the registry leaves it out.
    write('actors/invalid.md', '---\nname: Nobody\nrole: Unknown\n---\n');
    write('actors/no-front-matter.md', 'Just text.\n');
    write('actors/broken-yaml.md', '---\nname: [unclosed\n---\n');
    write('actors/notes.txt', 'not an entry');
    write('outlets/daily-bugle.md', '---\nname: The Daily Bugle\naliases: [Bugle]\ndamagedForms: [The Daily Beagle]\ndescription: A newspaper.\n---\n');
    write('outlets/unknown-field.md', '---\nname: Extra\ndescription: An outlet.\nfounded: 1900\n---\n');

    expect(readRegistry(root)).toEqual([
      { type: 'actor', id: 'jane-doe', kind: 'person', name: 'Jane Doe', aliases: ['Doe', 'Ms Doe'], damagedForms: [] },
      { type: 'actor', id: 'zed-agency', kind: 'agency', name: 'Zed Agency', aliases: [], damagedForms: [] },
      { type: 'outlet', id: 'daily-bugle', kind: 'outlet', name: 'The Daily Bugle', aliases: ['Bugle'], damagedForms: ['The Daily Beagle'] },
    ]);
  });

  it('skips links and other files that are not regular files', () => {
    write('actors/jane-doe.md', '---\nname: Jane Doe\nkind: person\nrole: Spokeswoman\n---\nBody.\n');
    symlinkSync(join(root, 'actors/jane-doe.md'), join(root, 'actors/linked.md'));
    mkdirSync(join(root, 'actors/folder.md'));
    expect(readRegistry(root).map((entry) => entry.id)).toEqual(['jane-doe']);
  });

  it('is empty when the folders are missing', () => {
    expect(readRegistry(root)).toEqual([]);
  });
});
