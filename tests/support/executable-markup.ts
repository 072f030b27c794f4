/**
 * A static check of built HTML for anything that could run code, navigate the reader away,
 * post a form, load from another site, or clobber the page's own names. It parses the HTML
 * as a browser does (parse5, the spec's tokeniser and tree builder), so attribute values
 * are read after entity decoding, and it judges URLs as a browser would read them, with the
 * ASCII whitespace and control characters browsers skip removed first.
 *
 * It is deliberately stricter than the browser and knows only the markup our own templates
 * write: our module scripts under `<base>_astro/`, JSON-LD, the one CSP meta tag, and the
 * two search forms. Everything else that could act is a finding.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SVG = 'http://www.w3.org/2000/svg';
const MATHML = 'http://www.w3.org/1998/Math/MathML';

export interface Finding {
  /** Which rule the markup breaks, e.g. `event-handler`, `url-scheme`. */
  rule: string;
  /** The element, as `<tag>` with its namespace for SVG and MathML (`<svg:script>`). */
  element: string;
  /** What was found, e.g. `onerror="alert(1)"`. */
  detail: string;
  /** 1-based line in the HTML, when known. */
  line: number | undefined;
}

/** A form a template of ours renders; any other form is a finding. */
export interface AllowedForm {
  /** The form's `id`, or undefined when it has none. */
  id: string | undefined;
  /** A class the form carries, or undefined. */
  className: string | undefined;
  /** The `action` attribute exactly as written. */
  action: string;
  method: 'get';
}

export interface CheckOptions {
  /** Site base path, ending in `/` (e.g. `/dossier/`): our module scripts live under `<base>_astro/`. */
  base: string;
  /** Parse as a fragment (Markdown output) rather than a whole document. */
  fragment?: boolean;
  /** Forms our templates render; none by default. */
  forms?: readonly AllowedForm[];
}

/** The forms the site's own templates render: the header search on every page and the search page's form. */
export function dossierForms(base: string): AllowedForm[] {
  return [
    { id: undefined, className: 'header-search', action: `${base}search/`, method: 'get' },
    { id: 'search-form', className: 'search-form', action: '', method: 'get' },
  ];
}

/** Elements that run code, frame other documents, re-point URLs or submit data: never in our pages. */
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe', 'isindex']);

/** Attributes whose value is a URL (or a list of them) that a browser loads, follows or submits to. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'codebase',
  'classid',
  'archive',
  'manifest',
  'icon',
  'profile',
  'usemap',
  'itemtype',
]);
/** URL attributes holding several URLs: `srcset` (comma-separated candidates) and `ping` (space-separated). */
const URL_LIST_ATTRIBUTES = new Set(['srcset', 'imagesrcset', 'ping']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** SVG animation elements: they can set an attribute (an `href`, an event handler) after sanitising. */
const SVG_ANIMATIONS = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'discard']);

/**
 * Names a contributed `id` or `name` must not take: globals and document properties that
 * named access would shadow (`window.x`, `document.x`, `form.x`), and the probe our browser
 * test reads. Content ids are prefixed (`user-content-`), so none of these should ever appear.
 */
export const CLOBBERABLE_NAMES = new Set([
  '__pwned',
  '__proto__',
  'action',
  'activeElement',
  'addEventListener',
  'alert',
  'attributes',
  'body',
  'children',
  'confirm',
  'config',
  'constructor',
  'cookie',
  'createElement',
  'currentScript',
  'defaultView',
  'document',
  'documentElement',
  'domain',
  'elements',
  'eval',
  'fetch',
  'firstChild',
  'forms',
  'frames',
  'getElementById',
  'getElementsByName',
  'getElementsByTagName',
  'hasOwnProperty',
  'head',
  'images',
  'implementation',
  'innerHTML',
  'lastChild',
  'links',
  'location',
  'method',
  'name',
  'namespaceURI',
  'nodeName',
  'nodeType',
  'opener',
  'outerHTML',
  'ownerDocument',
  'parent',
  'parentNode',
  'print',
  'prototype',
  'querySelector',
  'querySelectorAll',
  'referrer',
  'removeChild',
  'scripts',
  'self',
  'setAttribute',
  'setTimeout',
  'submit',
  'textContent',
  'toString',
  'top',
  'URL',
  'valueOf',
  'window',
]);

/** The prefix the sanitiser gives every id and name written in contributed Markdown. */
export const CONTENT_ID_PREFIX = 'user-content-';

/** What a browser reads of a URL's start: ASCII whitespace and controls are skipped or stripped. */
export function urlAsRead(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f]/g, '');
}

/** The scheme of a URL as a browser would read it, lower-cased; undefined for a relative URL. */
export function schemeOf(value: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(urlAsRead(value));
  return match?.[1]?.toLowerCase();
}

/** The URLs of a `srcset` (each candidate's first token) or `ping` (space-separated) value. */
function urlsOfList(name: string, value: string): string[] {
  if (name === 'ping') return value.split(/[\t\n\f\r ]+/).filter(Boolean);
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/[\t\n\f\r ]+/)[0] ?? '')
    .filter(Boolean);
}

function attributeName(attribute: { name: string; prefix?: string }): string {
  return (attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name).toLowerCase();
}

function label(element: Element): string {
  if (element.namespaceURI === SVG) return `<svg:${element.tagName}>`;
  if (element.namespaceURI === MATHML) return `<math:${element.tagName}>`;
  return `<${element.tagName}>`;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attributeName(attr) === name)?.value;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if ('childNodes' in node) return node.childNodes.map(textOf).join('');
  return '';
}

function ancestorTags(element: Element): string[] {
  const tags: string[] = [];
  let parent = element.parentNode;
  while (parent && 'tagName' in parent) {
    tags.push(parent.tagName);
    parent = parent.parentNode;
  }
  return tags;
}

/** CSS that runs script in some browser, or loads a javascript: URL. */
function dangerousCss(css: string): string | undefined {
  // Comments and escapes can split a keyword (`ex/**/pression`, `\65xpression`), so both go first.
  const plain = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_all, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/\\/g, '')
    .normalize('NFKC')
    .toLowerCase();
  const compact = urlAsRead(plain).replace(/["']/g, '');
  if (compact.includes('expression(')) return 'expression(';
  if (/url\((?:javascript|vbscript):/.test(compact)) return 'url(javascript:';
  if (compact.includes('behavior:') || compact.includes('-moz-binding')) return 'behavior/-moz-binding';
  return undefined;
}

function isOurScript(element: Element, base: string): string | undefined {
  const type = attribute(element, 'type');
  const src = attribute(element, 'src');
  const text = textOf(element);
  if (type === 'module' && src !== undefined && src.startsWith(`${base}_astro/`) && !src.includes('..') && text.trim() === '') return undefined;
  if (type === 'application/ld+json' && src === undefined) {
    if (/<\/script/i.test(text)) return 'JSON-LD containing "</script"';
    try {
      JSON.parse(text);
      return undefined;
    } catch {
      return 'JSON-LD that is not JSON';
    }
  }
  return `type=${JSON.stringify(type ?? null)} src=${JSON.stringify(src ?? null)} ${JSON.stringify(text.slice(0, 60))}`;
}

function isAllowedForm(element: Element, forms: readonly AllowedForm[]): boolean {
  const classes = (attribute(element, 'class') ?? '').split(/\s+/);
  return forms.some(
    (form) =>
      attribute(element, 'id') === form.id &&
      (form.className === undefined || classes.includes(form.className)) &&
      attribute(element, 'action') === form.action &&
      (attribute(element, 'method') ?? 'get').toLowerCase() === form.method &&
      attribute(element, 'target') === undefined,
  );
}

/** Every finding in `html`; empty when nothing in it can act. */
export function findExecutableMarkup(html: string, options: CheckOptions): Finding[] {
  const tree = options.fragment ? parseFragment(html, { sourceCodeLocationInfo: true }) : parse(html, { sourceCodeLocationInfo: true });
  const forms = options.forms ?? [];
  const findings: Finding[] = [];
  const ids = new Map<string, number>();
  let csp = 0;

  const visit = (node: Node): void => {
    if ('tagName' in node) check(node);
    if ('childNodes' in node) node.childNodes.forEach(visit);
    // A <template>'s content is a separate fragment, but it becomes live when cloned.
    if ('content' in node && node.content) node.content.childNodes.forEach(visit);
  };

  const check = (element: Element): void => {
    const line = element.sourceCodeLocation?.startLine;
    const add = (rule: string, detail: string) => findings.push({ rule, element: label(element), detail, line });
    const tag = element.tagName.toLowerCase();
    const html = element.namespaceURI !== SVG && element.namespaceURI !== MATHML;

    if (tag === 'script') {
      const problem = html ? isOurScript(element, options.base) : 'a script inside SVG or MathML';
      if (problem) add('script', problem);
    }
    if (html && FORBIDDEN_ELEMENTS.has(tag)) add('forbidden-element', tag);
    if (html && tag === 'form' && !isAllowedForm(element, forms)) {
      add('form', `action=${JSON.stringify(attribute(element, 'action') ?? null)} method=${JSON.stringify(attribute(element, 'method') ?? null)}`);
    }
    if (html && tag === 'meta') {
      const equiv = attribute(element, 'http-equiv');
      if (equiv !== undefined) {
        const isPolicy = equiv.toLowerCase() === 'content-security-policy' && ancestorTags(element).includes('head');
        if (isPolicy) csp += 1;
        if (!isPolicy || csp > 1) add('meta-http-equiv', `http-equiv=${JSON.stringify(equiv)} content=${JSON.stringify(attribute(element, 'content') ?? '')}`);
      }
    }
    if (html && tag === 'style') {
      const danger = dangerousCss(textOf(element));
      if (danger) add('style', danger);
    }
    if (!html) {
      if (tag === 'foreignobject') add('svg-math', 'foreignObject (HTML inside SVG)');
      if (SVG_ANIMATIONS.has(tag)) {
        const target = (attribute(element, 'attributename') ?? '').toLowerCase();
        if (target === 'href' || target === 'xlink:href' || target.startsWith('on')) add('svg-math', `${tag} of ${target}`);
      }
      if (tag === 'use' && schemeOf(attribute(element, 'href') ?? attribute(element, 'xlink:href') ?? '') !== undefined) {
        add('svg-math', 'use of another document');
      }
    }

    for (const attr of element.attrs) {
      const name = attributeName(attr);
      const value = attr.value;
      if (name.startsWith('on')) add('event-handler', `${name}=${JSON.stringify(value)}`);
      if (name === 'srcdoc') add('srcdoc', JSON.stringify(value.slice(0, 80)));
      if (name === 'style') {
        const danger = dangerousCss(value);
        if (danger) add('style', `style attribute with ${danger}`);
      }
      const bare = name.replace(/^xlink:/, '');
      const urls = URL_ATTRIBUTES.has(bare) ? [value] : URL_LIST_ATTRIBUTES.has(name) ? urlsOfList(name, value) : [];
      for (const url of urls) {
        const scheme = schemeOf(url);
        if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) add('url-scheme', `${name}=${JSON.stringify(value.slice(0, 80))}`);
      }
      if (!html && ['values', 'to', 'from', 'by'].includes(name) && /(?:javascript|vbscript|data):/i.test(urlAsRead(value))) {
        add('svg-math', `${name}=${JSON.stringify(value.slice(0, 80))}`);
      }
      if (name === 'id' || name === 'name') {
        if (CLOBBERABLE_NAMES.has(value)) add('clobbering', `${name}=${JSON.stringify(value)}`);
        if (name === 'id') ids.set(value, (ids.get(value) ?? 0) + 1);
      }
    }
  };

  visit(tree);
  for (const [id, count] of ids) {
    // Two contributed elements sharing a (prefixed) id is the content's own muddle; an id of
    // ours appearing twice means something took over an anchor or a label.
    if (count > 1 && !id.startsWith(CONTENT_ID_PREFIX)) findings.push({ rule: 'duplicate-id', element: '*', detail: `id=${JSON.stringify(id)} ×${count}: a second element can take an anchor or a label`, line: undefined });
  }
  return findings;
}

/** One line per finding, for assertion messages. */
export function describeFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.line ?? '?'}: ${finding.rule} ${finding.element} ${finding.detail}`).join('\n');
}
