/**
 * How the dossier's prose cites a source paragraph, declared once for everything that reads
 * or writes a citation (the content check, the Markdown pipeline, the prose reader, the open
 * data, the build report, generators and messages):
 *
 *     [Courant ¶7](source:<slug>#p7 "the words of ¶7 the sentence rests on")
 *
 * a Markdown link whose address is `source:<slug>#p<n>` and whose title, when given, is the
 * words of that paragraph the citation rests on. A sentence that states no fact about the
 * events is marked `<!-- not a claim -->` right after it instead.
 */

/** The scheme that makes a link a citation: a link whose address starts with it is read as one. */
export const CITATION_SCHEME = 'source:';

/** `source:<slug>#p<n>`: the one shape of a citation's address. */
const CITATION_URL = /^source:([a-z0-9-]+)#p(\d+)$/;

/** The shape of an address, as messages write it. */
export const CITATION_URL_SHAPE = 'source:<slug>#p<number>';

/** A citation written out in full, as messages show it by way of example. */
export const CITATION_EXAMPLE = '[Outlet ¶3](source:<slug>#p3 "the words")';

/** True when a link's address is meant as a citation (well formed or not). */
export function isCitationUrl(url: string): boolean {
  return url.startsWith(CITATION_SCHEME);
}

/** The source and paragraph a citation's address names; undefined when it is not of the one shape. */
export function parseCitationUrl(url: string): { source: string; paragraph: number } | undefined {
  const match = CITATION_URL.exec(url);
  return match ? { source: match[1] ?? '', paragraph: Number(match[2]) } : undefined;
}

/** The address citing paragraph `paragraph` (1-based) of source `source`. */
export function citationUrl(source: string, paragraph: number): string {
  return `${CITATION_SCHEME}${source}#p${paragraph}`;
}

/** A citation as the prose writes it: `[label](source:<slug>#p<n> "words")`, the words when given. */
export function citationLink(label: string, source: string, paragraph: number, words?: string): string {
  return `[${label}](${citationUrl(source, paragraph)}${words === undefined ? '' : ` "${words.replace(/["\\]/g, '\\$&')}"`})`;
}

/** The comment that marks the sentence before it as stating no fact about the events. */
export const NOT_A_CLAIM = /^<!--\s*not a claim\b[^>]*-->$/i;

/**
 * A Markdown link with its title, `[label](address "title")` (the title optional), as the
 * prose writes a citation: the open data's plain text keeps the label ("Courant ¶3") alone.
 */
export const INLINE_LINK = /\[([^\]]*)\]\((?:[^)\s]*)(?:\s+"(?:[^"\\]|\\.)*")?\)/g;
