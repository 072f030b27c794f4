/**
 * Files in public/ are published as they are, unsanitised, in the site's origin: an HTML
 * page there (or an `.shtml`, an XHTML, an SVG with a script) runs code as the site, and a
 * `sw.js` it registers can take over every page for good, which no Content-Security-Policy
 * stops. So public/ takes only the kinds of file a site needs (images, fonts, a few plain
 * text files), by an allow-list: each kind is recognised from its content, not only its
 * name, and the one kind that can carry script, SVG, is parsed as XML (saxes, a strict,
 * namespace-aware parser) and must be plain drawing: no DOCTYPE (so no entities), no
 * processing instructions, nothing outside the SVG namespace, no script, handler, foreign
 * object or animation, and no reference but to this site. Anything else is refused by name.
 * Links, devices and the like are refused before anything is read (`contributed-files.ts`).
 */
import { extname } from 'node:path';
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { ContentError, type ContentProblem } from './content-error.ts';
import { walkContributedFolder } from './contributed-files.ts';
import { decodeContentText, readContentBytes } from './read-content-file.ts';
import { compareStrings } from '../lib/compare-strings.ts';

/** A file here may be at most this big: a favicon, a logo or a font, not a payload. */
export const MAX_PUBLIC_FILE_BYTES = 1_000_000;

/** What is wrong with a file's bytes, with the line when known; empty when it is what its name says. */
type FileCheck = (bytes: Uint8Array, file: string) => ContentProblem[];

/** A kind of file public/ accepts. */
interface PublicFileType {
  /** What it is, for messages. */
  description: string;
  /** Checks the bytes are that kind of file, and harmless. */
  check: FileCheck;
}

const startsWith = (bytes: Uint8Array, ...signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** A binary format recognised by its signature: a page renamed `.png` is not served as one. */
function signature(description: string, matches: (bytes: Uint8Array) => boolean): PublicFileType {
  return {
    description,
    check: (bytes, file) => (matches(bytes) ? [] : [{ file, line: 1, message: `does not start like a ${description} file; save it in that format or give it the right extension.` }]),
  };
}

/** Plain text (robots.txt, humans.txt): served as text/plain, which browsers never run. */
const plainText: PublicFileType = {
  description: 'plain text',
  check: (bytes, file) => {
    try {
      decodeContentText(bytes, file);
      return [];
    } catch (error) {
      if (error instanceof ContentError) return [...error.problems];
      throw error;
    }
  },
};

const svg: PublicFileType = { description: 'SVG image', check: (bytes, file) => svgProblems(bytes, file) };

/**
 * The kinds public/ accepts, by extension (lower case). To propose another, see
 * CONTRIBUTING.md, "Files in public/": it needs a check here that recognises it from its
 * bytes and shows it cannot run script.
 */
export const PUBLIC_FILE_TYPES: ReadonlyMap<string, PublicFileType> = new Map([
  ['.svg', svg],
  ['.png', signature('PNG', (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))],
  ['.jpg', signature('JPEG', (b) => startsWith(b, 0xff, 0xd8, 0xff))],
  ['.jpeg', signature('JPEG', (b) => startsWith(b, 0xff, 0xd8, 0xff))],
  ['.gif', signature('GIF', (b) => ['GIF87a', 'GIF89a'].includes(ascii(b, 0, 6)))],
  ['.webp', signature('WebP', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP')],
  ['.avif', signature('AVIF', (b) => ascii(b, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(b, 8, 12)))],
  ['.ico', signature('ICO', (b) => startsWith(b, 0x00, 0x00, 0x01, 0x00))],
  ['.woff', signature('WOFF', (b) => ascii(b, 0, 4) === 'wOFF')],
  ['.woff2', signature('WOFF2', (b) => ascii(b, 0, 4) === 'wOF2')],
  ['.ttf', signature('TrueType', (b) => startsWith(b, 0x00, 0x01, 0x00, 0x00) || ascii(b, 0, 4) === 'true')],
  ['.otf', signature('OpenType', (b) => ascii(b, 0, 4) === 'OTTO')],
  ['.txt', plainText],
]);

/** Files GitHub Pages reads by exact name: a custom domain, and "do not run Jekyll". */
const PAGES_FILES: ReadonlyMap<string, PublicFileType> = new Map([
  ['CNAME', plainText],
  ['.nojekyll', plainText],
]);

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * SVG elements that only draw. Not here, so refused: script, foreignObject (HTML inside
 * SVG), the animation elements (set, animate…: they can rewrite an href into `javascript:`),
 * handler/listener, and anything SVG does not define.
 */
const DRAWING_ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'switch', 'title', 'desc', 'metadata', 'a', 'view',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'image',
  'text', 'tspan', 'textPath', 'style',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'filter',
  'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
  'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight',
  'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

/** Attributes of the xlink and xml namespaces a drawing may use. */
const XLINK_ATTRIBUTES = new Set(['href', 'title', 'show', 'actuate', 'type', 'role', 'arcrole']);
const XML_ATTRIBUTES = new Set(['space', 'lang']);

/**
 * A reference an SVG may make: a fragment of itself (`#gradient`) or a file of this site by a
 * relative path. No scheme (`javascript:`, `data:`, `https:`), no protocol-relative `//host`.
 */
const LOCAL_REFERENCE = /^(?:#[\p{L}\p{N}_.:-]*|(?!\/\/)[\w./-]+(?:#[\p{L}\p{N}_.:-]*)?)$/u;

/** CSS that loads or runs something: an import, a URL that is not a fragment, old script hooks. */
const ACTIVE_CSS = /@import|url\(\s*(?!['"]?#)|expression\s*\(|javascript:|-moz-binding|behavior\s*:/i;

/** Browsers drop whitespace and control characters inside a URL: "java\tscript:". */
const squeeze = (value: string) => value.replace(/[\u0000-\u0020]/g, '');

function attributeProblem(attribute: SaxesAttributeNS, element: string): string | undefined {
  const { uri, local, value } = attribute;
  if (uri === XMLNS_NS || (uri === '' && local === 'xmlns')) return undefined;
  if (/^on/i.test(local)) return `has an event handler attribute (${attribute.name} on <${element}>), which runs code`;
  if (uri === XLINK_NS && !XLINK_ATTRIBUTES.has(local)) return `has an xlink attribute (${attribute.name}) a drawing does not need`;
  if (uri === XML_NS && !XML_ATTRIBUTES.has(local)) return `has an xml attribute (${attribute.name}) a drawing does not need (xml:base changes where links point)`;
  if (uri !== '' && uri !== XLINK_NS && uri !== XML_NS) return `has an attribute outside the SVG namespace (${attribute.name}, ${uri})`;
  if (local === 'href' && !LOCAL_REFERENCE.test(squeeze(value))) {
    return `has a reference (${attribute.name}="${value.slice(0, 60)}") that is not to this file or this site; only "#id" and relative paths are allowed`;
  }
  if (ACTIVE_CSS.test(squeeze(value)) && (local === 'style' || /url\(/i.test(value))) {
    return `has an attribute (${attribute.name}) whose CSS loads or runs something; only url(#id) is allowed`;
  }
  return undefined;
}

/** Everything in an SVG that could run code or load from elsewhere, each with its line. */
export function svgProblems(bytes: Uint8Array, file: string): ContentProblem[] {
  let text: string;
  try {
    text = decodeContentText(bytes, file);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  const problems: ContentProblem[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  const at = (message: string) => problems.push({ file, line: parser.line, message: `${message}; remove it.` });
  let root: string | undefined;
  let inStyle = 0;
  parser.on('xmldecl', (declaration) => {
    if (declaration.encoding !== undefined && !/^utf-?8$/i.test(declaration.encoding)) {
      at(`declares the encoding "${declaration.encoding}": a browser would read other characters than this check did. Save it as UTF-8 and declare that`);
    }
  });
  parser.on('doctype', () => at('has a DOCTYPE, which can declare entities that expand or hide markup'));
  parser.on('processinginstruction', (instruction) => at(`has a processing instruction (<?${instruction.target}), which can load a stylesheet or transform that runs code`));
  parser.on('opentag', (tag: SaxesTagNS) => {
    root ??= tag.local;
    if (tag.uri !== SVG_NS) {
      at(`has an element outside the SVG namespace (<${tag.name}> in ${tag.uri === '' ? 'no namespace' : tag.uri})`);
    } else if (!DRAWING_ELEMENTS.has(tag.local)) {
      at(`has a <${tag.local}> element, which ${tag.local === 'script' ? 'runs code' : 'is not plain drawing (scripts, foreign HTML and animations can run code)'}`);
    }
    if (tag.local === 'style') inStyle += 1;
    for (const attribute of Object.values(tag.attributes)) {
      const problem = attributeProblem(attribute, tag.name);
      if (problem) at(problem);
    }
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (tag.local === 'style') inStyle -= 1;
  });
  const checkStyle = (css: string) => {
    if (inStyle > 0 && ACTIVE_CSS.test(squeeze(css))) at('has a stylesheet that loads or runs something (@import, url() to elsewhere, expression())');
  };
  parser.on('text', checkStyle);
  parser.on('cdata', checkStyle);
  try {
    parser.write(text).close();
  } catch (error) {
    // saxes stops at the first well-formedness error: the file is not XML a browser reads as we did.
    const message = error instanceof Error ? error.message.replace(/^[^:]*:\d+:\d+:\s*/, '') : String(error);
    problems.push({ file, line: parser.line, message: `is not well-formed XML (${message}); an SVG must be, or browsers may read it differently than this check.` });
    return problems;
  }
  if (root !== 'svg') problems.push({ file, line: 1, message: 'is not an SVG image: its root element must be <svg> in the SVG namespace.' });
  return problems;
}

/** The check for a file name, or undefined when public/ does not take that kind of file. */
function typeOf(name: string): PublicFileType | undefined {
  return PAGES_FILES.get(name) ?? PUBLIC_FILE_TYPES.get(extname(name).toLowerCase());
}

const ACCEPTED = [...PUBLIC_FILE_TYPES.keys()].join(', ');

/** Checks every file under `<root>/public` (named `public/…`); returns the problems. */
export function checkPublicFiles(root: string, folder = 'public'): ContentProblem[] {
  const { files, problems } = walkContributedFolder(root, folder);
  for (const { name, path, file } of files) {
    const type = typeOf(name);
    if (!type) {
      const kind = extname(name) === '' ? 'without an extension' : `of type ${extname(name)}`;
      problems.push({
        file,
        message: `public/ does not publish files ${kind}: a file there is served as it is in the site's origin, and pages or scripts (.html, .shtml, .js, sw.js…) could run code as the site. public/ accepts ${ACCEPTED}, CNAME and .nojekyll; to propose another kind, see CONTRIBUTING.md, "Files in public/".`,
      });
      continue;
    }
    try {
      problems.push(...type.check(readContentBytes(path, file, MAX_PUBLIC_FILE_BYTES), file));
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  return problems.sort((a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
}
