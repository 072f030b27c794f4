/**
 * rehype plugin, trusted (runs after sanitising, last): links the first mention of each
 * registry actor in every paragraph of a source to the actor's page. Driven by the actor
 * registry, so a new source or a new actor needs no code change.
 *
 * Names are found by the same matcher the actor pages count with, so a link and a counted
 * mention are the same thing. Nothing inside a link, code, a heading or our own markers is
 * touched; each block (paragraph, list item, table cell) links an actor once.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { Plugin } from 'unified';
import type { NameMatcher, NameTarget } from '../actors/name-matcher.ts';

export interface ActorMentionOptions {
  /** Finds registry names in text. */
  matcher: NameMatcher;
  /** Where a name links to; undefined leaves it as text (e.g. outlets without a page). */
  hrefOf: (target: NameTarget) => string | undefined;
  /** Whether a file (by path) gets mention links. */
  include: (path: string) => boolean;
}

/** Elements whose text is never linked. */
const SKIPPED = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'svg', 'math']);
/** Elements that start a new "first mention" scope. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption']);

function linked(text: string, href: string, target: NameTarget): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href, className: ['mention'], dataMention: target.type, dataMentionKind: target.kind },
    children: [{ type: 'text', value: text }],
  };
}

function linkText(node: Text, seen: Set<string>, options: ActorMentionOptions): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let at = 0;
  for (const match of options.matcher.find(node.value)) {
    const key = `${match.target.type}:${match.target.id}`;
    if (seen.has(key)) continue;
    const href = options.hrefOf(match.target);
    if (href === undefined) continue;
    seen.add(key);
    if (match.start > at) parts.push({ type: 'text', value: node.value.slice(at, match.start) });
    parts.push(linked(match.text, href, match.target));
    at = match.end;
  }
  if (parts.length === 0) return undefined;
  if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
  return parts;
}

function walk(parent: Root | Element, seen: Set<string> | undefined, options: ActorMentionOptions): void {
  const children = parent.children as RootContent[];
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    if (child.type === 'element') {
      if (SKIPPED.has(child.tagName)) continue;
      walk(child, BLOCKS.has(child.tagName) ? new Set() : seen, options);
    } else if (child.type === 'text' && seen) {
      const replacement = linkText(child, seen, options);
      if (replacement) {
        children.splice(index, 1, ...replacement);
        index += replacement.length - 1;
      }
    }
  }
}

const rehypeActorMentions: Plugin<[ActorMentionOptions], Root> = function (options) {
  return (tree, file) => {
    if (!options.include(file.path ?? '')) return;
    walk(tree, undefined, options);
  };
};

export default rehypeActorMentions;
