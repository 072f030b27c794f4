/**
 * Rendered Markdown is kept on disk beside Astro's store: a page reads back exactly what the
 * loader wrote for the entry's current digest, and never HTML written for another state.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  hasRenderedMarkdown,
  readRenderedMarkdown,
  removeRenderedMarkdown,
  renderedMarkdownDir,
  RenderedMarkdownMissingError,
  writeRenderedMarkdown,
} from '../../../../src/files/rendered-markdown.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-rendered-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('rendered Markdown on disk', () => {
  it('reads back the HTML written for the digest, and nothing else is left in the folder', () => {
    writeRenderedMarkdown(root, 'sources', 'harbour-news-bridge', { digest: 'd1', html: '<p id="p1">Bridge closed.</p>' });
    expect(readRenderedMarkdown(root, 'sources', 'harbour-news-bridge', 'd1')).toBe('<p id="p1">Bridge closed.</p>');
    expect(hasRenderedMarkdown(root, 'sources', 'harbour-news-bridge', 'd1')).toBe(true);
    expect(readdirSync(join(renderedMarkdownDir(root), 'sources'))).toEqual(['harbour-news-bridge.json']);
  });

  it('refuses HTML written for another state of the entry, naming the entry and the way out', () => {
    writeRenderedMarkdown(root, 'actors', 'mira-holt', { digest: 'old', html: '<p>Old bio.</p>' });
    expect(hasRenderedMarkdown(root, 'actors', 'mira-holt', 'new')).toBe(false);
    expect(() => readRenderedMarkdown(root, 'actors', 'mira-holt', 'new')).toThrow(RenderedMarkdownMissingError);
    expect(() => readRenderedMarkdown(root, 'actors', 'mira-holt', 'new')).toThrow(/actors → mira-holt.*npm run build -- --cold/);
  });

  it('reads an entry rendered on every build (no stored digest) whatever digest it was written with', () => {
    writeRenderedMarkdown(root, 'questions', 'who-decided', { digest: 'any', html: '<p>Answer.</p>' });
    expect(readRenderedMarkdown(root, 'questions', 'who-decided', undefined)).toBe('<p>Answer.</p>');
  });

  it('treats a missing, removed or damaged file as absent', () => {
    expect(() => readRenderedMarkdown(root, 'pages', 'about', undefined)).toThrow(RenderedMarkdownMissingError);
    writeRenderedMarkdown(root, 'pages', 'about', { digest: 'd', html: '<p>Method.</p>' });
    removeRenderedMarkdown(root, 'pages', 'about');
    expect(existsSync(join(renderedMarkdownDir(root), 'pages', 'about.json'))).toBe(false);
    writeRenderedMarkdown(root, 'pages', 'index', { digest: 'd', html: '<p>Home.</p>' });
    writeFileSync(join(renderedMarkdownDir(root), 'pages', 'index.json'), '{"digest":"d","html":');
    expect(hasRenderedMarkdown(root, 'pages', 'index', 'd')).toBe(false);
    expect(() => readRenderedMarkdown(root, 'pages', 'index', 'd')).toThrow(RenderedMarkdownMissingError);
  });
});
