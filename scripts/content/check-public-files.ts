/**
 * Files in public/ are copied into the site as they are, unsanitised, and an SVG opened
 * on its own (or any HTML or XML there) runs its scripts with the site's origin. So a file
 * there that could run code is refused, named with its line: a script element, an event
 * handler attribute (`onload=`), a `javascript:` or `vbscript:` address (also spelled with
 * character references or split by whitespace), `<foreignObject>` (HTML inside SVG), or an
 * `<iframe>`/`<embed>`/`<object>`. The check reads text, not a parsed tree, and errs on the
 * side of refusing: a false alarm costs an edit, a miss costs the site.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../lib/content-error.ts';
import { ContentError } from '../lib/content-error.ts';
import { readContentFile } from '../lib/read-content-file.ts';

/** Extensions a browser may render as a document with scripts. */
export const ACTIVE_DOCUMENT = /\.(?:svg|html?|xhtml|xht|xml|xsl|xslt|mathml)$/i;

/** A file here may be at most this big: a favicon or a logo, not a payload. */
export const MAX_PUBLIC_DOCUMENT_BYTES = 1_000_000;

const ELEMENTS = /<\s*(script|foreignObject|iframe|embed|object|handler|listener)\b/gi;
const EVENT_HANDLER = /[\s"'/]on[a-z]+\s*=/gi;
const SET_OR_ANIMATE = /<\s*(?:set|animate)\b[^>]*\battributeName\s*=\s*["']?\s*(?:href|xlink:href|on[a-z]+)/gi;

/** Character references decoded (numeric and the few named ones that spell a scheme). */
function decodeReferences(text: string): string {
  const named: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')' };
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Math.min(Number.parseInt(decimal, 10), 0x10ffff)))
    .replace(/&(colon|tab|newline|lpar|rpar);/gi, (_, name: string) => named[name.toLowerCase()] ?? '');
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Everything in `text` that could run code, each with its line; empty when the file is inert. */
export function activeContentProblems(text: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of text.matchAll(ELEMENTS)) {
    problems.push({ file, line: lineAt(text, match.index), message: `has a <${match[1]}> element, which can run code in the site's origin; remove it.` });
  }
  for (const match of text.matchAll(EVENT_HANDLER)) {
    problems.push({ file, line: lineAt(text, match.index), message: `has an event handler attribute (${match[0].trim().replace(/^["'/]/, '')}), which runs code; remove it.` });
  }
  for (const match of text.matchAll(SET_OR_ANIMATE)) {
    problems.push({ file, line: lineAt(text, match.index), message: 'animates a link or handler attribute, a known way to smuggle in a script; remove it.' });
  }
  // Browsers ignore whitespace and control characters inside a scheme: "java\tscript:".
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const squeezed = decodeReferences(line).replace(/[\u0000-\u0020]/g, '').toLowerCase();
    const scheme = /(javascript|vbscript|livescript):|data:(?:text\/html|image\/svg|application\/xhtml)/.exec(squeezed);
    if (scheme) problems.push({ file, line: index + 1, message: `has a ${scheme[1] ?? 'data:'} address, which can run code; remove it.` });
  });
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Checks every document-like file under `publicDir` (named `public/…`); returns the problems. */
export function checkPublicFiles(publicDir: string, label = 'public'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let entries;
  try {
    entries = readdirSync(publicDir, { withFileTypes: true, recursive: true });
  } catch {
    return problems;
  }
  for (const entry of entries.filter((candidate) => candidate.isFile() && ACTIVE_DOCUMENT.test(candidate.name))) {
    const path = join(entry.parentPath, entry.name);
    const file = join(label, path.slice(publicDir.length + 1)).split('\\').join('/');
    try {
      problems.push(...activeContentProblems(readContentFile(path, file, MAX_PUBLIC_DOCUMENT_BYTES), file));
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
