/**
 * axe-core on a page in Chromium, as the site tests hold every page to it: the seed dossier's
 * (accessibility.test.ts) and the second dossier's (second-dossier.test.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// Every impact level fails the test: the floor the project promises is "no serious or
// critical", and the site currently has no violation of any level, so none may creep in.
const BLOCKING_IMPACTS = new Set(['minor', 'moderate', 'serious', 'critical']);

/** Violations, one line per affected element, so a failure says what and where. */
export async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${violation.help}`),
    );
}

