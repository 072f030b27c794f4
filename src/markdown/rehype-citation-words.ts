/**
 * rehype plugin, trusted (runs after sanitising): a citation that gives the words it rests
 * on (`[Courant ¶7](source:…#p7 "the words")`, see src/citations/prose-citations.ts) shows them:
 * the title becomes part of the link, as text the stylesheet reveals on hover and focus and
 * prints in full, and that screen readers read with the label. The link also highlights
 * those words on the cited paragraph (a text fragment), where browsers support it.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** The same text-fragment form as src/lib/urls.ts's evidenceHref. */
function withFragment(href: string, words: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/-/g, '%2D');
  const list = words.trim().split(/\s+/);
  const directive = list.length > 12 ? `${encode(list.slice(0, 5).join(' '))},${encode(list.slice(-5).join(' '))}` : encode(list.join(' '));
  return `${href}:~:text=${directive}`;
}

const rehypeCitationWords: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const classes = node.properties.className;
      if (!Array.isArray(classes) || !classes.includes('citation')) return;
      const words = node.properties.title;
      if (typeof words !== 'string' || words.trim() === '') return;
      delete node.properties.title;
      if (typeof node.properties.href === 'string' && !node.properties.href.includes(':~:')) node.properties.href = withFragment(node.properties.href, words);
      node.children.push({ type: 'element', tagName: 'span', properties: { className: ['citation-words'] }, children: [{ type: 'text', value: `: “${words}”` }] });
    });
  };
};

export default rehypeCitationWords;
