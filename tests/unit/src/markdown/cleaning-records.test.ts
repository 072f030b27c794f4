/**
 * The site reads the cleaning records from content/cleaning/ rather than through Astro's
 * store: valid records by slug, and every invalid one located by file and field, so the build
 * can stop on it as it stops on an invalid entry of a content collection.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCleaningRecordFiles, readCleaningRecords } from '../../../../src/markdown/cleaning-records.ts';

const FOLDER = 'content/cleaning';
const SEEDED = 'bbc-hegseth-orders-pause-in-cyber-operations';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-records-'));
  mkdirSync(join(root, FOLDER), { recursive: true });
  cpSync(join(FOLDER, `${SEEDED}.json`), join(root, FOLDER, `${SEEDED}.json`));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readCleaningRecordFiles', () => {
  it('reads a valid record by its slug, with no problem', () => {
    const { records, problems } = readCleaningRecordFiles(root, FOLDER);
    expect(problems).toEqual([]);
    expect([...records.keys()]).toEqual([SEEDED]);
    const written = JSON.parse(readFileSync(join(FOLDER, `${SEEDED}.json`), 'utf8')) as { changes: unknown[] };
    expect(records.get(SEEDED)?.changes).toHaveLength(written.changes.length);
  });

  it('locates a record that is not JSON, a field of the wrong type and a link, keeping the valid record', () => {
    writeFileSync(join(root, FOLDER, 'broken.json'), '{"changes": [');
    const record = JSON.parse(readFileSync(join(FOLDER, `${SEEDED}.json`), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(root, FOLDER, 'wrong-type.json'), JSON.stringify({ ...record, changes: 'none' }));
    symlinkSync(join(root, FOLDER, `${SEEDED}.json`), join(root, FOLDER, 'linked.json'));
    const { records, problems } = readCleaningRecordFiles(root, FOLDER);
    expect([...records.keys()]).toEqual([SEEDED]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: `${FOLDER}/broken.json`, message: expect.stringMatching(/^is not valid JSON/) }),
        expect.objectContaining({ file: `${FOLDER}/wrong-type.json`, field: 'changes' }),
        expect.objectContaining({ file: `${FOLDER}/linked.json` }),
      ]),
    );
    expect(problems).toHaveLength(3);
    // The Markdown pipeline's reading leaves the invalid records out (validate reports them).
    expect([...readCleaningRecords(join(root, FOLDER)).keys()]).toEqual([SEEDED]);
  });
});
