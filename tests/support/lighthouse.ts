/**
 * Lighthouse on Debian's Chromium, for the per-kind score test and `npm run lighthouse`.
 * Mobile emulation with simulated throttling: Lighthouse's defaults, the harder case.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Audit {
  /** Scores out of 100 per category. */
  scores: Record<Category, number>;
  /** Titles of the audits that cost points, by category, to say why a score is short. */
  failing: Record<Category, string[]>;
}

export interface LighthouseRunner {
  audit: (url: string) => Promise<Audit>;
  close: () => Promise<void>;
}

export async function startLighthouse(): Promise<LighthouseRunner> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    // chrome-launcher adds its own headless flag; the rest are the shared ones.
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.filter((flag) => flag !== '--headless')],
  });
  return {
    audit: async (url) => {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const scores = {} as Record<Category, number>;
      const failing = {} as Record<Category, string[]>;
      for (const category of CATEGORIES) {
        scores[category] = Math.round((categories[category]?.score ?? 0) * 100);
        failing[category] = (categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => audits[ref.id]?.title ?? ref.id);
      }
      return { scores, failing };
    },
    close: async () => {
      chrome.kill();
    },
  };
}
