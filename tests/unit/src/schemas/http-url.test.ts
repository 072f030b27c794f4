/**
 * Every front matter field that becomes a link takes http(s) addresses only, so no
 * contributed value can become a `javascript:` (or data:, vbscript:, …) href.
 */
import { describe, expect, it } from 'vitest';
import { httpUrl } from '../../../../src/schemas/http-url.ts';
import { outletSchema } from '../../../../src/schemas/outlet.ts';
import { seedMetadataSchema } from '../../../../src/schemas/seed-metadata.ts';
import { sourceSchema } from '../../../../src/schemas/source.ts';

const REFUSED = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  '&#106;avascript:alert(1)',
  'https:javascript:alert(1)',
  'data:text/html,x',
  'vbscript:x',
  'file:///etc/passwd',
  'mailto:a@example.com',
  '//evil.example/',
  'https://',
  'not a url',
];

describe('httpUrl', () => {
  it.each(['https://www.bbc.co.uk/news/technology-1', 'http://example.com/a?b=c#d'])('accepts %j', (value) => {
    expect(httpUrl.parse(value)).toBe(value);
  });

  it.each(REFUSED)('refuses %j, saying what it expects', (value) => {
    const result = httpUrl.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('an http or https address');
  });
});

describe('the schemas with an address field use it', () => {
  const source = { title: 'T', outlet: 'o', published: '2025-03-03' };
  const outlet = { name: 'N', description: 'D' };
  const seed = { slug: 'a-b', outlet: 'o', published: '2025-03-03', language: 'en' };

  it.each(REFUSED)('refuses %j as a source url, an outlet homepage and a seed url', (value) => {
    expect(sourceSchema.safeParse({ ...source, url: value }).success).toBe(false);
    expect(outletSchema.safeParse({ ...outlet, homepage: value }).success).toBe(false);
    expect(seedMetadataSchema.safeParse({ ...seed, url: value }).success).toBe(false);
  });

  it('accepts an https address in each', () => {
    const url = 'https://example.com/a';
    expect(sourceSchema.safeParse({ ...source, url }).success).toBe(true);
    expect(outletSchema.safeParse({ ...outlet, homepage: url }).success).toBe(true);
    expect(seedMetadataSchema.safeParse({ ...seed, url }).success).toBe(true);
  });
});
