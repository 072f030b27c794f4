/**
 * public/ by allow-list (src/files/public-files.ts): each file that ran script in Chromium in
 * the security test of issue 12, written as a pull request would add it, is refused with its
 * name (and line, where it has one); the site's own files and harmless drawings pass.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem, type ContentProblem } from '../../../../src/files/content-error.ts';
import { checkPublicFiles, PUBLIC_FILE_TYPES, svgProblems } from '../../../../src/files/public-files.ts';

let root: string;
const write = (path: string, contents: string | Uint8Array) => {
  const full = join(root, 'public', path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, contents);
};
const text = (problems: readonly ContentProblem[]) => problems.map(formatProblem).join('\n');
const svg = (body: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg"${attributes} viewBox="0 0 10 10">${body}</svg>`;
const svgCheck = (source: string) => svgProblems(new TextEncoder().encode(source), 'public/x.svg');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-public-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('checkPublicFiles', () => {
  it('accepts the project’s own public/', () => {
    expect(checkPublicFiles(process.cwd())).toEqual([]);
  });

  it('accepts each kind it lists, recognised from its bytes, and GitHub Pages’ own files', () => {
    write('logo.svg', svg('<title>Logo</title><rect width="10" height="10" fill="url(#g)"/><defs><linearGradient id="g"/></defs>'));
    write('mark.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    write('photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]));
    write('fonts/body.woff2', new TextEncoder().encode('wOF2\u0000\u0001'));
    write('robots.txt', 'User-agent: *\nAllow: /\n');
    write('CNAME', 'dossier.example.org\n');
    write('.nojekyll', '');
    expect(checkPublicFiles(root)).toEqual([]);
  });

  it.each([
    ['index.shtml', '<script>alert(1)</script>'],
    ['page.html', '<p>hi</p>'],
    ['page.xhtml', '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>'],
    ['sw.js', 'self.addEventListener("fetch", (e) => e.respondWith(new Response("owned")));'],
    ['app.mjs', 'export {}'],
    ['feed.xml', '<?xml version="1.0"?><rss/>'],
    ['style.css', 'body { background: url(https://evil.example/beacon) }'],
    ['.htaccess', 'AddType text/html .png'],
    ['data.json', '{}'],
  ])('refuses %s: not a kind public/ publishes', (name, contents) => {
    write(name, contents);
    const found = checkPublicFiles(root);
    expect(found).toEqual([expect.objectContaining({ file: `public/${name}` })]);
    expect(found[0]?.message).toMatch(/public\/ does not publish files (of type|without an extension)/);
    expect(found[0]?.message).toContain('CONTRIBUTING.md, "Files in public/"');
  });

  it('refuses an HTML page named like an image, from its bytes', () => {
    write('pixel.png', '<html><script>alert(1)</script></html>');
    expect(checkPublicFiles(root)).toEqual([expect.objectContaining({ file: 'public/pixel.png', line: 1, message: expect.stringMatching(/does not start like a PNG file/) })]);
  });

  it('refuses an SVG that is a symbolic link (to a text file, in or outside the repository), without reading it', () => {
    const target = join(root, 'outside.txt');
    writeFileSync(target, svg('<script>alert(1)</script>'));
    mkdirSync(join(root, 'public'), { recursive: true });
    symlinkSync(target, join(root, 'public/linked.svg'));
    symlinkSync('/etc/passwd', join(root, 'public/passwd.txt'));
    const found = checkPublicFiles(root);
    expect(found.map((problem) => problem.file)).toEqual(['public/linked.svg', 'public/passwd.txt']);
    expect(text(found)).toMatch(/is a symbolic link; links are not followed here/);
  });

  it('refuses a public/ folder that is itself a link out of the repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
    try {
      symlinkSync(outside, join(root, 'public'));
      expect(checkPublicFiles(root)).toEqual([{ file: 'public', message: expect.stringMatching(/is a symbolic link/) }]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('names each refused file and sorts the problems by file', () => {
    write('b.svg', svg('<script>alert(1)</script>'));
    write('a.js', 'alert(1)');
    expect(checkPublicFiles(root).map((problem) => problem.file)).toEqual(['public/a.js', 'public/b.svg']);
  });

  it('lists every accepted extension in lower case, with a dot', () => {
    for (const extension of PUBLIC_FILE_TYPES.keys()) expect(extension).toMatch(/^\.[a-z0-9]+$/);
  });
});

describe('svgProblems: an SVG must be plain drawing, parsed as XML', () => {
  it('passes a drawing with shapes, text, styles and local references', () => {
    const drawing = svg(
      '<style>.a { fill: url(#g); }</style><defs><linearGradient id="g"><stop offset="0"/></linearGradient><symbol id="s"><circle r="2"/></symbol></defs>' +
        '<use xlink:href="#s"/><use href="#s"/><a href="other.svg#part"><text x="1" y="5" xml:space="preserve">Hi &amp; bye</text></a>',
      ' xmlns:xlink="http://www.w3.org/1999/xlink"',
    );
    expect(svgCheck(`<?xml version="1.0" encoding="UTF-8"?>\n${drawing}`)).toEqual([]);
  });

  it.each([
    ['a script element', svg('<script>alert(1)</script>'), /<script> element, which runs code/],
    ['a namespace-prefixed script', '<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>', /<script> element/],
    ['an XHTML script inside', svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'), /outside the SVG namespace/],
    ['a default namespace that is not SVG', '<svg xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></svg>', /outside the SVG namespace/],
    ['an entity that expands into a script', '<!DOCTYPE svg [<!ENTITY s "<script>alert(1)</script>">]>' + svg('&s;'), /DOCTYPE/],
    ['an external entity', '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + svg('<text>&x;</text>'), /DOCTYPE/],
    ['an XSLT stylesheet instruction', '<?xml-stylesheet type="text/xsl" href="#x"?>' + svg(''), /processing instruction/],
    ['an event handler', svg('', ' onload="alert(1)"'), /event handler attribute \(onload on <svg>\)/],
    ['a handler in upper case', svg('<rect ONCLICK="alert(1)"/>'), /event handler attribute/],
    ['a javascript: link with a tab and a character reference', svg('<a href="java&#x09;script&#x3A;alert(1)"><rect/></a>'), /reference .* not to this file or this site/],
    ['a data: image', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), /reference/],
    ['a link to another site', svg('<image href="https://evil.example/beacon.png"/>'), /reference/],
    ['a protocol-relative link', svg('<image href="//evil.example/beacon.png"/>'), /reference/],
    ['a foreign object', svg('<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"/></foreignObject>'), /<foreignObject> element/],
    ['an animation that rewrites a link', svg('<a><set attributeName="href" to="javascript:alert(1)"/><rect/></a>'), /<set> element/],
    ['an animate element', svg('<animate attributeName="href" values="javascript:alert(1)"/>'), /<animate> element/],
    ['a stylesheet that imports another', svg('<style>@import url(https://evil.example/x.css);</style>'), /stylesheet that loads or runs/],
    ['a style attribute loading from elsewhere', svg('<rect style="fill: url(https://evil.example/x)"/>'), /CSS loads or runs/],
    ['xml:base', svg('<a xml:base="javascript:/" href="alert(1)"><rect/></a>'), /xml attribute \(xml:base\)/],
    ['an encoding other than UTF-8', '<?xml version="1.0" encoding="UTF-7"?>' + svg(''), /declares the encoding "UTF-7"/],
    ['markup that is not well-formed', svg('<scr<!---->ipt>alert(1)</script>'), /not well-formed XML/],
    ['an undeclared HTML entity', svg('<a href="javascript&colon;alert(1)"><rect/></a>'), /not well-formed XML/],
    ['a root that is not svg', '<html xmlns="http://www.w3.org/2000/svg"/>', /<html> element|root element must be <svg>/],
  ])('refuses %s', (_name, source, message) => {
    const found = svgCheck(source);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((problem) => problem.file === 'public/x.svg' && typeof problem.line === 'number')).toBe(true);
    expect(text(found)).toMatch(message);
  });

  it('names the line of the problem', () => {
    expect(svgCheck(`<svg xmlns="http://www.w3.org/2000/svg">\n<rect/>\n<script>alert(1)</script>\n</svg>`)[0]?.line).toBe(3);
  });
});
