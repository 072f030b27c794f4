/**
 * The static checker the hostile-content tests rely on (tests/support/executable-markup.ts):
 * it must pass the markup our templates write and catch every way markup can act, in the
 * disguises browsers see through (entities, whitespace and controls in a scheme, case).
 */
import { describe, expect, it } from 'vitest';
import { dossierForms, findExecutableMarkup, schemeOf, type Finding } from '../../../support/executable-markup.ts';

const BASE = '/dossier/';

/** A page shaped like ours, with `body` inside <main>. */
function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>
<meta http-equiv="content-security-policy" content="default-src 'self'">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"a \\u003c/script\\u003e"}</script>${head}</head>
<body><form class="header-search" role="search" action="/dossier/search/" method="get"><input name="q"><button type="submit">Search</button></form>
<main id="content">${body}</main><script type="module" src="/dossier/_astro/search.abc123.js"></script></body></html>`;
}

function check(html: string): Finding[] {
  return findExecutableMarkup(html, { base: BASE, forms: dossierForms(BASE) });
}

function rules(html: string): string[] {
  return check(html).map((finding) => finding.rule);
}

describe('findExecutableMarkup', () => {
  it('passes the markup our own templates write', () => {
    expect(check(page('<p id="p1"><a href="#p1">¶1</a> <a href="https://example.com/">x</a> <a href="mailto:a@b.example">m</a> <img src="x.png" alt=""></p>'))).toEqual([]);
    expect(check(page('<form id="search-form" class="search-form" role="search" action="" method="get"><input id="search-input"></form>'))).toEqual([]);
  });

  it.each([
    ['an inline script', '<script>alert(1)</script>', 'script'],
    ['a module script from elsewhere', '<script type="module" src="https://evil.example/x.js"></script>', 'script'],
    ['a module script climbing out of _astro', '<script type="module" src="/dossier/_astro/../x.js"></script>', 'script'],
    ['a module script with inline code', '<script type="module" src="/dossier/_astro/a.js">alert(1)</script>', 'script'],
    ['JSON-LD that is not JSON', '<script type="application/ld+json">alert(1)</script>', 'script'],
    ['a script inside SVG', '<svg><script>alert(1)</script></svg>', 'script'],
    ['a script inside a template', '<template><script>alert(1)</script></template>', 'script'],
    ['an event handler', '<img src="x.png" onerror="alert(1)">', 'event-handler'],
    ['an upper-case event handler', '<div ONMOUSEOVER="alert(1)">x</div>', 'event-handler'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', 'url-scheme'],
    ['an entity-encoded javascript: link', '<a href="&#x6A;ava&#115;cript&colon;alert(1)">x</a>', 'url-scheme'],
    ['a javascript: link with a tab and a newline', '<a href="jav&#9;ascr&#10;ipt:alert(1)">x</a>', 'url-scheme'],
    ['a javascript: link with leading controls', '<a href="&#1;&#32;JaVaScRiPt:alert(1)">x</a>', 'url-scheme'],
    ['a data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>">', 'url-scheme'],
    ['a javascript: form action', '<button formaction="javascript:alert(1)">x</button>', 'url-scheme'],
    ['a javascript: second srcset candidate', '<img srcset="a.png 1x, javascript:alert(1) 2x">', 'url-scheme'],
    ['an svg xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', 'url-scheme'],
    ['a math href', '<math href="javascript:alert(1)"><mi>x</mi></math>', 'url-scheme'],
    ['a vbscript: background', '<table background="vbscript:x"></table>', 'url-scheme'],
    ['an iframe', '<iframe src="https://example.com/"></iframe>', 'forbidden-element'],
    ['an object', '<object data="x.swf"></object>', 'forbidden-element'],
    ['an embed', '<embed src="x.swf">', 'forbidden-element'],
    ['a base element', '<base href="https://evil.example/">', 'forbidden-element'],
    ['a srcdoc', '<div srcdoc="<script>alert(1)</script>"></div>', 'srcdoc'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', 'meta-http-equiv'],
    ['a content-security-policy meta in the body', '<meta http-equiv="content-security-policy" content="script-src *">', 'meta-http-equiv'],
    ['a form of somebody else’s', '<form action="https://evil.example/" method="post"><input name="a"></form>', 'form'],
    ['our search form posting', '<form id="search-form" class="search-form" action="" method="post"></form>', 'form'],
    ['our header form opening elsewhere', '<form class="header-search" action="/dossier/search/" method="get" target="_blank"></form>', 'form'],
    ['an SVG foreignObject', '<svg><foreignObject><p>x</p></foreignObject></svg>', 'svg-math'],
    ['an SVG animate of href', '<svg><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>', 'svg-math'],
    ['an SVG set of an event handler', '<svg><set attributeName="onmouseover" to="alert(1)"/></svg>', 'svg-math'],
    ['a style expression', '<div style="width: ex/**/pression(alert(1))">x</div>', 'style'],
    ['a style url(javascript:) with escapes', '<div style="background: url(\'\\6a avascript:alert(1)\')">x</div>', 'style'],
    ['a style element with behavior', '<style>a { behavior: url(x.htc) }</style>', 'style'],
    ['an id shadowing a global', '<a id="location">x</a>', 'clobbering'],
    ['a name shadowing a document property', '<img name="cookie" alt="">', 'clobbering'],
    ['an id taking a paragraph anchor', '<p id="p1">one</p><h2 id="p1">taken</h2>', 'duplicate-id'],
    ['an id taking the skip link’s target', '<h2 id="content">x</h2>', 'duplicate-id'],
  ])('finds %s', (_name, markup, rule) => {
    expect(rules(page(markup))).toContain(rule);
  });

  it('reads a second content-security-policy meta, even in the head, as a finding', () => {
    expect(rules(page('', '<meta http-equiv="content-security-policy" content="script-src *">'))).toEqual(['meta-http-equiv']);
  });

  it('says where each finding is', () => {
    const [finding] = findExecutableMarkup('<p>fine</p>\n<p>fine</p>\n<img src="x.png" onerror="alert(1)">', { base: BASE, fragment: true });
    expect(finding).toEqual({ rule: 'event-handler', element: '<img>', detail: 'onerror="alert(1)"', line: 3 });
  });

  it('allows two contributed elements to share a prefixed id, which takes nothing of ours', () => {
    expect(findExecutableMarkup('<a id="user-content-x"></a><a id="user-content-x"></a>', { base: BASE, fragment: true })).toEqual([]);
  });

  it('allows no form at all unless told which are ours', () => {
    expect(findExecutableMarkup('<form class="header-search" action="/dossier/search/" method="get"></form>', { base: BASE, fragment: true }).map((finding) => finding.rule)).toEqual(['form']);
  });
});

describe('schemeOf', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    [' \t\nJAVA\tSCRIPT:x', 'javascript'],
    ['\u0000https://example.com/', 'https'],
    ['/relative:not-a-scheme', undefined],
    ['#fragment', undefined],
    ['page.html?a=b:c', undefined],
  ])('reads %j as %s', (url, scheme) => {
    expect(schemeOf(url)).toBe(scheme);
  });
});
