/**
 * The Markdown pipeline of every page (`src/markdown/processor.ts`): contributed Markdown
 * is untrusted, so nothing in it may run; our own additions (citations, paragraph anchors,
 * fragment links) must still work after sanitising.
 */
import type { Element } from 'hast';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isSourceFile } from '../../../../src/markdown/processor.ts';
import { countParagraphs, paragraphCounts } from '../../../../src/markdown/paragraph-counts.ts';
import { ACTOR_PATH, BASE, defaultOptions, elementsOf, renderMarkdown, renderWithAstro, SOURCE_PATH } from '../../support/markdown.ts';

const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'frame', 'svg', 'math', 'base', 'meta', 'form', 'object', 'embed', 'style', 'link']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'srcSet', 'data'];

/** What a browser would see of a URL: it ignores ASCII whitespace and controls inside the scheme. */
function scheme(value: string): string {
  return value.replace(/[\u0000-\u0020]/g, '').toLowerCase().split(':')[0] ?? '';
}

/** Every way the HTML could run code or redirect the page; empty when it is inert. */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const element of elementsOf(html)) {
    if (FORBIDDEN_TAGS.has(element.tagName)) found.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`${element.tagName}.${name}`);
      if (name === 'style') found.push(`${element.tagName}.style`);
      if (URL_PROPERTIES.includes(name)) {
        const values = Array.isArray(value) ? value.map(String) : [String(value)];
        for (const url of values) {
          if (/^(?:javascript|vbscript|data)$/.test(scheme(url)) && url.includes(':')) found.push(`${element.tagName}.${name}=${url}`);
        }
      }
    }
  }
  return found;
}

function hrefOf(element: Element | undefined): string | undefined {
  const href = element?.properties.href;
  return typeof href === 'string' ? href : undefined;
}

const ATTACKS: ReadonlyArray<[string, string]> = [
  ['a script element', 'before <script>alert(1)</script> after'],
  ['a script block', '<script>\nalert(1)\n</script>\n\nafter'],
  ['an onerror handler', 'before <img src="x.png" onerror="alert(1)"> after'],
  ['a javascript: link', 'before [click](javascript:alert(1)) after'],
  ['a mixed-case JaVaScRiPt: link', 'before [click](JaVaScRiPt:alert(1)) after'],
  ['an entity-encoded javascript: link', 'before [click](&#106;avascript&#58;alert(1)) after'],
  ['a hex-entity javascript: href in HTML', 'before <a href="&#x6A;&#x61;vascript:alert(1)">click</a> after'],
  ['a javascript: href with a tab inside', 'before <a href="java&#09;script:alert(1)">click</a> after'],
  ['a javascript: href with leading space', 'before <a href=" javascript:alert(1)">click</a> after'],
  ['a javascript: autolink', 'before <javascript:alert(1)> after'],
  ['a vbscript: link', 'before <a href="vbscript:msgbox(1)">click</a> after'],
  ['a data: URL', 'before [click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) after'],
  ['an iframe', 'before <iframe src="https://evil.example"></iframe> after'],
  ['an svg with onload', 'before <svg onload="alert(1)"><circle r="1"/></svg> after'],
  ['a base element', '<base href="https://evil.example/">\n\nafter'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">\n\nafter'],
  ['a form', '<form action="https://evil.example"><input name="q"><button formaction="javascript:alert(1)">go</button></form>\n\nafter'],
  ['an object and an embed', 'before <object data="x.swf"></object><embed src="x.swf"> after'],
  ['a style element and attribute', '<style>body{display:none}</style>\n\n<p style="position:fixed">after</p>'],
  ['a details ontoggle', '<details open ontoggle="alert(1)">after</details>'],
  ['a math xlink:href', '<math><mi xlink:href="javascript:alert(1)">x</mi></math> after'],
  ['an image with a javascript: src', 'before ![x](javascript:alert(1)) after'],
];

describe('sanitising contributed Markdown', () => {
  it.each(ATTACKS)('removes %s', async (_name, markdown) => {
    const html = await renderMarkdown(markdown);
    expect(dangers(html)).toEqual([]);
    // The text around the attack is kept: sanitising removes the danger, not the article.
    expect(html).toContain('after');
  });

  it.each(ATTACKS)('removes %s in a source page too (Astro’s own renderer)', async (_name, markdown) => {
    expect(dangers(await renderWithAstro(markdown, SOURCE_PATH))).toEqual([]);
  });

  it('keeps ordinary links, emphasis and images', async () => {
    const html = await renderMarkdown('A [link](https://example.com/a?b=1) and *emphasis* ![alt](https://example.com/i.png).');
    const elements = elementsOf(html);
    expect(hrefOf(elements.find((element) => element.tagName === 'a'))).toBe('https://example.com/a?b=1');
    expect(elements.map((element) => element.tagName)).toEqual(['p', 'a', 'em', 'img']);
  });
});

describe('ids and fragment links', () => {
  it('prefixes a contributed id with user-content-, and points in-page links at it', async () => {
    const elements = elementsOf(await renderMarkdown('<a id="x">anchor</a> and [a link to it](#x).'));
    expect(elements.find((element) => element.properties.id !== undefined)?.properties.id).toBe('user-content-x');
    expect(hrefOf(elements.find((element) => element.tagName === 'a' && element.properties.href !== undefined))).toBe('#user-content-x');
  });

  it('cannot clobber a paragraph anchor with a contributed id', async () => {
    const elements = elementsOf(await renderMarkdown('One <span id="p2">two</span>.\n\nTwo.', SOURCE_PATH));
    const ids = elements.map((element) => element.properties.id).filter((id) => id !== undefined);
    expect(ids).toEqual(['p1', 'user-content-p2', 'p2']);
  });

  it('links footnote references and back-references to ids that exist', async () => {
    for (const html of [
      await renderMarkdown('Claim one[^a] and two[^b].\n\n[^a]: First note.\n[^b]: Second note.'),
      await renderWithAstro('Claim one[^a] and two[^b].\n\n[^a]: First note.\n[^b]: Second note.', SOURCE_PATH),
    ]) {
      const elements = elementsOf(html);
      const ids = new Set(elements.map((element) => element.properties.id).filter((id): id is string => typeof id === 'string'));
      const fragments = elements.map(hrefOf).filter((href): href is string => href?.startsWith('#') === true);
      // Two references, two back-references (and paragraph anchors in the source page).
      expect(fragments.filter((href) => href.includes('fn')).length).toBe(4);
      for (const href of fragments) expect(ids, href).toContain(decodeURIComponent(href.slice(1)));
      // Prefixed once, by the sanitiser, not twice.
      expect([...ids].some((id) => id.includes('user-content-user-content'))).toBe(false);
    }
  });
});

describe('citations', () => {
  it('become links to the paragraph on the source page, under the base path, with class citation', async () => {
    const link = elementsOf(await renderMarkdown('As reported [¶2](source:example#p2).')).find((element) => element.tagName === 'a');
    expect(hrefOf(link)).toBe(`${BASE}sources/example/#p2`);
    expect(link?.properties.className).toEqual(['citation']);
  });

  it('follow the configured base path', async () => {
    const html = await renderMarkdown('[¶1](source:other#p1)', ACTOR_PATH, { ...defaultOptions(), base: '/' });
    expect(hrefOf(elementsOf(html).find((element) => element.tagName === 'a'))).toBe('/sources/other/#p1');
  });

  it('accept the first and the last paragraph', async () => {
    const html = await renderMarkdown('[¶1](source:example#p1) [¶3](source:example#p3)');
    expect(elementsOf(html).map(hrefOf).filter(Boolean)).toEqual(['/dossier/sources/example/#p1', '/dossier/sources/example/#p3']);
  });

  it.each([
    ['an unknown source', 'Text.\n\nSee [¶1](source:nowhere#p1).', /citation "source:nowhere#p1" \(line 3\).*no source "nowhere"/],
    ['a paragraph past the end', 'See [¶4](source:example#p4).', /citation "source:example#p4" \(line 1\).*paragraphs 1 to 3/],
    ['paragraph zero', 'See [¶0](source:example#p0).', /citation "source:example#p0"/],
    ['a malformed citation', 'See [x](source:Example).', /citation "source:Example" \(line 1\) must look like source:<slug>#p<number>/],
  ])('fail the build on %s, naming the citation', async (_name, markdown, message) => {
    await expect(renderMarkdown(markdown)).rejects.toThrow(message);
  });

  it('fail the build through Astro’s renderer too', async () => {
    // Astro logs the failure before rethrowing it; keep the test output quiet.
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(renderWithAstro('[¶9](source:example#p9)')).rejects.toThrow(/source:example#p9/);
    } finally {
      log.mockRestore();
    }
  });

  it('cannot be forged in raw HTML: a source: href is dropped, not left as a dead link', async () => {
    const link = elementsOf(await renderMarkdown('<a href="source:nowhere#p9">x</a>')).find((element) => element.tagName === 'a');
    expect(hrefOf(link)).toBeUndefined();
  });

  // Regression guard, once a bug (remark-source-citations.ts): only inline `link` nodes are visited. A reference-style
  // citation (`[¶2][c]` with `[c]: source:example#p2`) is a `linkReference` + `definition`,
  // so it is neither rewritten nor checked: it renders as a dead `<a>¶2</a>` (the sanitiser
  // drops the unknown `source:` protocol), and a citation of a missing source passes the
  // build silently. Fix: also visit `definition` nodes (rewrite and check their url the same way).
  it('handle reference-style citations', async () => {
    const link = elementsOf(await renderMarkdown('See [¶2][c].\n\n[c]: source:example#p2')).find((element) => element.tagName === 'a');
    expect(hrefOf(link)).toBe('/dossier/sources/example/#p2');
  });

  it('fail the build on a reference-style citation of a missing source', async () => {
    await expect(renderMarkdown('See [¶1][c].\n\n[c]: source:nowhere#p1')).rejects.toThrow(/nowhere/);
  });
});

describe('paragraph anchors', () => {
  it('number the top-level paragraphs of a source p1…pN, with a link to each', async () => {
    const markdown = 'First.\n\n> Quoted, not numbered.\n\n- a list item, not numbered\n\nSecond.\n\n## Heading\n\nThird.';
    const paragraphs = elementsOf(await renderMarkdown(markdown, SOURCE_PATH)).filter((element) => typeof element.properties.id === 'string' && /^p\d+$/.test(element.properties.id));
    expect(paragraphs.map((element) => [element.tagName, element.properties.id])).toEqual([
      ['p', 'p1'],
      ['p', 'p2'],
      ['p', 'p3'],
    ]);
    const anchors = elementsOf(await renderMarkdown(markdown, SOURCE_PATH)).filter((element) => element.properties.className?.toString() === 'paragraph-anchor');
    expect(anchors.map(hrefOf)).toEqual(['#p1', '#p2', '#p3']);
    expect(countParagraphs(markdown)).toBe(3);
  });

  it('are added only to files under content/sources/', async () => {
    for (const path of [ACTOR_PATH, '/project/content/pages/about.md', '/project/content/sources-old/x.md', '/project/content/sources/nested/x.md']) {
      const ids = elementsOf(await renderMarkdown('One.\n\nTwo.', path)).map((element) => element.properties.id);
      expect(ids.filter((id) => id !== undefined), path).toEqual([]);
    }
  });

  it('recognise source files by path, on any platform', () => {
    expect(isSourceFile('/a/content/sources/x.md')).toBe(true);
    expect(isSourceFile('C:\\a\\content\\sources\\x.md')).toBe(true);
    expect(isSourceFile('/a/content/sources/x.mdx')).toBe(false);
    expect(isSourceFile('/a/content/actors/x.md')).toBe(false);
    expect(isSourceFile('')).toBe(false);
  });

  it('agree with the paragraph counts citations are checked against, for every real source', async () => {
    const dir = join(process.cwd(), 'content', 'sources');
    const counts = paragraphCounts(dir);
    expect(counts.size).toBe(readdirSync(dir).filter((name) => name.endsWith('.md')).length);
    for (const [slug, count] of counts) {
      const markdown = readFileSync(join(dir, `${slug}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const html = await renderWithAstro(markdown, join(dir, `${slug}.md`));
      const ids = elementsOf(html).map((element) => element.properties.id).filter((id) => typeof id === 'string' && /^p\d+$/.test(id));
      expect(ids, slug).toEqual(Array.from({ length: count }, (_, index) => `p${index + 1}`));
    }
  });

  // Regression guard, once a bug (paragraph-counts.ts / source-text.ts vs rehype-paragraph-anchors.ts): the counts
  // (and the plain-text paragraphs used for comparisons and actor mentions) take top-level
  // *Markdown* paragraphs, but anchors number top-level *HTML* <p> elements. In a
  // hand-written source, a raw `<p>…</p>` block is one more page paragraph than counted, so
  // every later anchor is shifted: citation #p2 lands on what the counts call paragraph 1,
  // and the last paragraph cannot be cited. Fix: count in the same tree (e.g. count hast
  // <p> children after rehype-raw) or number only paragraphs that came from Markdown.
  it('number the same paragraphs the counts count, when a source holds raw HTML paragraphs', async () => {
    const markdown = '<p>Raw HTML paragraph.</p>\n\nMarkdown paragraph.';
    const ids = elementsOf(await renderMarkdown(markdown, SOURCE_PATH)).map((element) => element.properties.id).filter((id) => typeof id === 'string' && /^p\d+$/.test(id));
    expect(ids).toHaveLength(countParagraphs(markdown));
  });

  // Regression guard, once a bug (paragraph-counts.ts, and source-text.ts likewise): paragraphs are counted with
  // plain CommonMark (`fromMarkdown` without GFM), but pages are rendered with GFM (Astro's
  // default). A GFM table or a footnote definition is a paragraph to the counter and not on
  // the page: after a table every anchor is one lower than the count expects, and a citation
  // of the "last" paragraph passes the check yet points at no anchor. Here the page has 2
  // paragraphs, the count says 4. Fix: parse with the GFM extensions
  // (micromark-extension-gfm + mdast-util-gfm) in countParagraphs and sourceParagraphs.
  it('count paragraphs as the page renders them (GFM tables and footnotes are not paragraphs)', async () => {
    const markdown = 'Before the table.[^n]\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nAfter the table.\n\n[^n]: A note.';
    const ids = elementsOf(await renderMarkdown(markdown, SOURCE_PATH)).map((element) => element.properties.id).filter((id) => typeof id === 'string' && /^p\d+$/.test(id));
    expect(ids).toEqual(['p1', 'p2']);
    expect(countParagraphs(markdown)).toBe(2);
  });
});
