/**
 * Lighthouse 100 in performance, accessibility, best practices and SEO for one page of each
 * kind, on the site this run built. The build report is noindex by design, so its SEO score
 * is not asserted (see docs/lighthouse.md).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CATEGORIES, startLighthouse, type LighthouseRunner } from '../support/lighthouse.ts';
import { pageKinds } from '../support/page-kinds.ts';
import { serveSite, type StaticSite } from '../support/static-server.ts';

let site: StaticSite | undefined;
let runner: LighthouseRunner | undefined;

beforeAll(async () => {
  site = await serveSite(inject('siteDir'), inject('siteBase'));
  runner = await startLighthouse();
});

afterAll(async () => {
  await runner?.close();
  await site?.close();
});

describe('Lighthouse', () => {
  test.for(pageKinds())('$kind scores 100 in every category', { timeout: 120_000 }, async ({ path, noindex }) => {
    if (!site || !runner) throw new Error('the site or Lighthouse did not start');
    const judged = CATEGORIES.filter((category) => !(category === 'seo' && noindex));
    const { scores, failing } = await runner.auditSteadily(site.url + path, judged);
    for (const category of judged) {
      expect(scores[category], `${category}: ${failing[category].join('; ') || 'no failing audit named'}`).toBe(100);
    }
  });
});
