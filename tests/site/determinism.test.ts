/**
 * The same inputs give the same site, byte for byte: a second build from scratch must
 * match the one the global setup made, page for page and search index included.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runBuild } from '../support/build-site.ts';
import { differingPaths, treeDigest } from '../support/tree-digest.ts';

const secondBuild = resolve(`.dist-test-${process.pid}-second`);

describe('a clean rebuild', () => {
  afterAll(() => { if (!process.env.KEEP) rmSync(secondBuild, { recursive: true, force: true }); });

  it('is byte-identical to the first build, search index included', () => {
    runBuild(secondBuild);
    const first = treeDigest(inject('siteDir'));
    const second = treeDigest(secondBuild);
    expect([...first.keys()].some((path) => path.startsWith('pagefind/'))).toBe(true);
    expect(first.size).toBeGreaterThan(20);
    expect(differingPaths(first, second)).toEqual([]);
  }, 180_000);
});
