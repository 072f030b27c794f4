/**
 * The alignment as the compare page shows it: the seeds with the real registry, and the
 * hint of what a match shares, in names and words a reader recognises.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignSources } from '../../../../src/compare/site-alignment.ts';
import { readRegistry } from '../../../../src/actors/registry-files.ts';
import { sourceParagraphs } from '../../../../src/markdown/source-paragraphs.ts';

const CONTENT = fileURLToPath(new URL('../../../../content/', import.meta.url));
const sources = readdirSync(`${CONTENT}sources`)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ slug: name.replace(/\.md$/, ''), paragraphs: sourceParagraphs(readFileSync(`${CONTENT}sources/${name}`, 'utf8')) }));
const site = alignSources(sources, readRegistry(CONTENT));

describe('alignSources', () => {
  it('hints at what Hegseth’s order shares: names first, then words not already in those names', () => {
    const techcrunch = site.alignment.sources.find((source) => source.slug.startsWith('techcrunch'));
    const match = techcrunch?.paragraphs[1]?.matches.find((candidate) => candidate.paragraph === 7);
    if (!match) throw new Error('TechCrunch ¶2 does not match BBC ¶7');
    const hint = site.sharedHint(match);
    expect(hint.slice(0, 2)).toEqual(['US Cyber Command', 'Pete Hegseth']);
    expect(hint).toContain('guidance');
    expect(hint).not.toContain('Pete');
    expect(hint).not.toContain('Command');
    expect(hint.length).toBeLessThanOrEqual(5);
  });

  it('summarises the one pair of seeds', () => {
    expect(site.pairs).toHaveLength(1);
  });
});
