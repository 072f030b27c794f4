/**
 * Mention links in sources, through the whole Markdown pipeline: first mention per block
 * per actor, longest name first, never inside links, code, headings or raw HTML links.
 */
import { describe, expect, it } from 'vitest';
import type { NamedEntry } from '../../../../src/actors/name-matcher.ts';
import { ACTOR_PATH, defaultOptions, elementsOf, renderMarkdown, SOURCE_PATH } from '../../support/markdown.ts';
import { toText } from 'hast-util-to-text';

const registry: NamedEntry[] = [
  { type: 'actor', id: 'pete-hegseth', kind: 'person', name: 'Pete Hegseth', aliases: ['Hegseth', 'Defense Secretary Pete Hegseth'] },
  { type: 'actor', id: 'donald-trump', kind: 'person', name: 'Donald Trump', aliases: ['Trump'] },
  { type: 'actor', id: 'us-government', kind: 'government', name: 'US government', aliases: ['Trump administration'] },
  { type: 'actor', id: 'department-of-defense', kind: 'agency', name: 'Department of Defense', aliases: ['the defense department'] },
  { type: 'outlet', id: 'the-record', kind: 'outlet', name: 'The Record', aliases: [] },
];

async function mentionLinks(markdown: string, path = SOURCE_PATH) {
  const html = await renderMarkdown(markdown, path, { ...defaultOptions(), registry });
  return elementsOf(html)
    .filter((element) => element.tagName === 'a' && String(element.properties.className ?? '').includes('mention'))
    .map((element) => ({ text: toText(element), href: String(element.properties.href) }));
}

describe('mention links', () => {
  it('link the first mention of each actor in each paragraph to its page under the base path', async () => {
    const links = await mentionLinks('Hegseth met Trump. Then Hegseth left.\n\nTrump spoke.');
    expect(links).toEqual([
      { text: 'Hegseth', href: '/dossier/actors/pete-hegseth/' },
      { text: 'Trump', href: '/dossier/actors/donald-trump/' },
      { text: 'Trump', href: '/dossier/actors/donald-trump/' },
    ]);
  });

  it('prefer the longest name, so a title and a surname do not become two links', async () => {
    const links = await mentionLinks('Defense Secretary Pete Hegseth ordered it, and the Trump administration agreed.');
    expect(links.map((link) => link.text)).toEqual(['Defense Secretary Pete Hegseth', 'Trump administration']);
  });

  it('link the name, not the possessive ending, and accept British spelling', async () => {
    const html = await renderMarkdown('Trump’s envoy met the defence department.', SOURCE_PATH, { ...defaultOptions(), registry });
    expect(html).toContain('<a href="/dossier/actors/donald-trump/" class="mention" data-mention="actor" data-mention-kind="person">Trump</a>’s');
    expect(html).toContain('>the defence department</a>');
  });

  it('leave links, code, headings and raw HTML links alone', async () => {
    const links = await mentionLinks(
      '## Hegseth\n\n[Hegseth’s order](https://example.com) and `Trump` and <a href="https://example.com">Trump</a>.\n\n- Trump in a list',
    );
    expect(links).toEqual([{ text: 'Trump', href: '/dossier/actors/donald-trump/' }]);
  });

  it('link outlets to their outlet page, and leave ordinary words alone', async () => {
    expect(await mentionLinks('The Record says a trumped-up charge will trump all.')).toEqual([
      { text: 'The Record', href: '/dossier/outlets/the-record/' },
    ]);
  });

  it('apply to sources only', async () => {
    expect(await mentionLinks('Hegseth spoke.', ACTOR_PATH)).toEqual([]);
  });

  it('keep the paragraph text unchanged', async () => {
    const markdown = 'Defense Secretary Pete Hegseth’s order reached Trump, and Trump agreed.';
    const html = await renderMarkdown(markdown, SOURCE_PATH, { ...defaultOptions(), registry });
    const paragraph = elementsOf(html).find((element) => element.tagName === 'p');
    expect(paragraph && toText(paragraph).replace(/^¶1 /, '')).toBe(markdown);
  });
});
