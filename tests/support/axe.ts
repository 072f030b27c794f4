/**
 * axe-core on a page in Chromium, as the site tests hold every page to it: the seed dossier's
 * (accessibility.test.ts) and the second dossier's (second-dossier.test.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// Every impact level fails the test: the floor the project promises is "no serious or
// critical", and the site currently has no violation of any level, so none may creep in.
const BLOCKING_IMPACTS = new Set(['minor', 'moderate', 'serious', 'critical']);

/**
 * The minified build of the same axe-core: @axe-core/playwright injects the unminified one
 * (1.5 MB), and sending and compiling it took about as long as the audit itself, per page.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Violations, one line per affected element, so a failure says what and where.
 *
 * Two settings make a page's audit about twice as fast without changing what it finds
 * (measured on five pages of the seed site: 13.3–18.3 s with the defaults, 5.7–7.3 s so):
 * - `resultTypes: ['violations']`, axe's own advice for speed: the rules still run on every
 *   element, but only violations get their selectors and HTML worked out, which we read alone;
 * - `setLegacyMode()`: one `axe.run` in the page, where the default runs each frame apart and
 *   then merges the results in a second, blank tab that needs axe injected again. The
 *   difference is frames from another origin, which the site cannot have: its Content
 *   Security Policy says `frame-src 'none'`.
 * `tests/site/accessibility.test.ts` checks that this still finds violations put in a page.
 */
export async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${violation.help}`),
    );
}
