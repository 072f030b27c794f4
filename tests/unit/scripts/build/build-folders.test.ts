/**
 * The staging folder and the swap: dist/ is replaced only by renames, and what a killed
 * build leaves behind is cleared (or put back) by the next.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFolders, discardStaging, recoverInterruptedBuild, swapIntoPlace, type BuildFolders } from '../../../../scripts/build/build-folders.ts';
import { isStackTraceLine } from '../../../../scripts/build/run-step.ts';

let root: string;
let folders: BuildFolders;
const site = (dir: string, page: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
};
const page = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-folders-'));
  folders = buildFolders(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('swapIntoPlace', () => {
  it('replaces dist/ with the staged site and leaves no backup', () => {
    site(folders.dist, 'old');
    site(folders.staging, 'new');
    swapIntoPlace(folders);
    expect(page(folders.dist)).toBe('new');
    expect([folders.staging, folders.backup].filter(existsSync)).toEqual([]);
  });

  it('works when there is no dist/ yet', () => {
    site(folders.staging, 'first');
    swapIntoPlace(folders);
    expect(page(folders.dist)).toBe('first');
  });

  it('refuses to swap in nothing, keeping dist/', () => {
    site(folders.dist, 'old');
    expect(() => swapIntoPlace(folders)).toThrow(/wrote nothing/);
    expect(page(folders.dist)).toBe('old');
  });
});

describe('recoverInterruptedBuild', () => {
  it('removes a staging folder left by a killed build, keeping dist/', () => {
    site(folders.dist, 'good');
    site(folders.staging, 'half');
    expect(recoverInterruptedBuild(folders)).toHaveLength(1);
    expect(page(folders.dist)).toBe('good');
    expect(existsSync(folders.staging)).toBe(false);
  });

  it('puts the previous site back when the build died between the two renames', () => {
    site(folders.backup, 'good');
    site(folders.staging, 'new but unconfirmed');
    expect(recoverInterruptedBuild(folders)).toContain('restored dist/ from an interrupted swap');
    expect(page(folders.dist)).toBe('good');
    expect(existsSync(folders.staging)).toBe(false);
  });

  it('drops the backup when the swap had finished but not cleaned up', () => {
    site(folders.dist, 'new');
    site(folders.backup, 'old');
    recoverInterruptedBuild(folders);
    expect(page(folders.dist)).toBe('new');
    expect(existsSync(folders.backup)).toBe(false);
  });

  it('does nothing after a clean build', () => {
    site(folders.dist, 'good');
    expect(recoverInterruptedBuild(folders)).toEqual([]);
  });
});

it('discardStaging removes the staging folder only', () => {
  site(folders.dist, 'good');
  site(folders.staging, 'half');
  discardStaging(folders);
  expect(existsSync(folders.staging)).toBe(false);
  expect(page(folders.dist)).toBe('good');
});

describe('isStackTraceLine', () => {
  it.each(['    at parse (file:///p/x.js:1:2)', '  at async Promise.all (index 0)', '  Stack trace:'])('hides %j', (line) => {
    expect(isStackTraceLine(line)).toBe(true);
  });

  it.each(['content/actors/a.md:4: field "kind": wrong', 'Location:', 'look at this', 'at the end'])('keeps %j', (line) => {
    expect(isStackTraceLine(line)).toBe(false);
  });
});
