/**
 * One regular expression source matching any of many phrases, shaped as a trie: phrases
 * sharing a beginning share its characters ("in opposition to", "in accordance with" →
 * `in\s+(?:opposition\s+to|accordance\s+with)`). A flat alternation of a hundred phrases
 * makes the engine try each phrase at every position of the text; the trie tries one
 * branch per character, which made the lexicon passes several times faster.
 *
 * Same matches as the flat alternation of the phrases sorted longest first: at each branch
 * the longer continuation is tried before ending there.
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A phrase ends here. */
  end: boolean;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function insert(root: TrieNode, phrase: string): void {
  let node = root;
  for (const character of phrase) {
    let child = node.children.get(character);
    if (!child) node.children.set(character, (child = { children: new Map(), end: false }));
    node = child;
  }
  node.end = true;
}

/** The source of one node's continuations; a space in a phrase matches any run of spaces. */
function source(node: TrieNode): string {
  const branches = [...node.children.keys()].sort().map((character) => {
    const head = character === ' ' ? '\\s+' : escapeRegExp(character);
    return head + source(node.children.get(character) as TrieNode);
  });
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  // Ending here is the last resort: a longer phrase through this node wins, as longest-first does.
  return node.end ? `(?:${body})?` : body;
}

/** A regular expression source (no flags, no anchors) matching any of `phrases`, longest first where they share a start. */
export function alternationSource(phrases: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), end: false };
  let count = 0;
  for (const phrase of phrases) {
    if (phrase === '') continue;
    insert(root, phrase);
    count += 1;
  }
  return count === 0 ? '(?!)' : source(root);
}
