/**
 * A dossier's places are its data: read from the files its configuration names, checked,
 * problems located in the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dossierPlaces, readPlaces } from '../../../../src/config/dossier-places.ts';
import dossier from '../../../../dossier.config.ts';
import { PROJECT_ROOT } from '../../../../src/config/project-root.ts';
import { ContentError, type ContentProblem } from '../../../../src/files/content-error.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-places-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function problemsOf(files: readonly string[]): readonly ContentProblem[] {
  try {
    readPlaces(root, files);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('readPlaces', () => {
  it('reads every file in order', () => {
    writeFileSync(join(root, 'a.yaml'), 'places:\n  - Port Vell\n  - Lower Marsh\n');
    writeFileSync(join(root, 'b.yaml'), 'places: [Saltgate]\n');
    expect(readPlaces(root, ['a.yaml', 'b.yaml'])).toEqual(['Port Vell', 'Lower Marsh', 'Saltgate']);
  });

  it('names the file, line and field of a bad entry', () => {
    writeFileSync(join(root, 'bad.yaml'), 'places:\n  - Port Vell\n  - ""\n');
    expect(problemsOf(['bad.yaml'])).toMatchObject([{ file: 'bad.yaml', line: 3, field: 'places.1' }]);
  });

  it('names the configuration’s field for a file the project lacks', () => {
    expect(problemsOf(['nowhere.yaml'])).toEqual([{ file: 'dossier.config.ts', field: 'places.0', message: 'names "nowhere.yaml", which is not a file in the project.' }]);
  });
});

describe('this dossier’s places', () => {
  it('are those of the files its configuration names', () => {
    expect(dossierPlaces()).toEqual(readPlaces(PROJECT_ROOT, dossier.places));
    expect(dossierPlaces().length).toBeGreaterThan(0);
  });
});
