/**
 * The site's Markdown pipeline outside Astro, built the way Astro builds it from
 * `dossierMarkdown(...)`: remark-parse (+ GFM, on by default in Astro) → our remark plugins →
 * remark-rehype with raw HTML kept → our rehype plugins (raw, sanitise, links, anchors) →
 * rehype-stringify. Also Astro's own renderer for the same options, to check the two agree.
 */
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { dossierMarkdown, type DossierMarkdownOptions } from '../../../src/markdown/processor.ts';

export const BASE = '/dossier/';
export const SOURCE_PATH = '/project/content/sources/example.md';
export const ACTOR_PATH = '/project/content/actors/example.md';

/** Astro accepts plugin names as strings too; ours are all functions, which unified can use as they are. */
function pluggables(list: ReadonlyArray<unknown>): PluggableList {
  return list.map((entry): Pluggable => {
    const plugin = Array.isArray(entry) ? entry[0] : entry;
    if (typeof plugin !== 'function') throw new TypeError(`plugin ${String(plugin)} is not a function`);
    return entry as Pluggable;
  });
}

export function defaultOptions(counts: Record<string, number> = { example: 3, other: 1 }): DossierMarkdownOptions {
  return { base: BASE, paragraphCounts: new Map(Object.entries(counts)) };
}

export function createPipeline(options: DossierMarkdownOptions = defaultOptions()) {
  const { remarkPlugins, rehypePlugins, remarkRehype: remarkRehypeOptions } = dossierMarkdown(options).options;
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(pluggables(remarkPlugins))
    .use(remarkRehype, { allowDangerousHtml: true, ...remarkRehypeOptions })
    .use(pluggables(rehypePlugins))
    .use(rehypeStringify);
}

/** Markdown → HTML through the pipeline, as the file at `path`. */
export async function renderMarkdown(markdown: string, path = ACTOR_PATH, options?: DossierMarkdownOptions): Promise<string> {
  return String(await createPipeline(options).process(new VFile({ value: markdown, path })));
}

/** Markdown → HTML through Astro's own renderer for the same processor. */
export async function renderWithAstro(markdown: string, path = ACTOR_PATH, options: DossierMarkdownOptions = defaultOptions()): Promise<string> {
  const renderer = await dossierMarkdown(options).createRenderer({ syntaxHighlight: false });
  const result = await renderer.render(markdown, { fileURL: new URL(`file://${path}`) });
  return result.code;
}

/** The HTML parsed back into elements, so tests look at what a browser would build. */
export function elementsOf(html: string): Element[] {
  const tree: HastRoot = fromHtml(html, { fragment: true });
  const elements: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    elements.push(node);
  });
  return elements;
}
