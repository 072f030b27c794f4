/**
 * Every rule id the cleaner records has a declared family, every family names passes the
 * pipeline has, and every pass's documentation is a file of the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import dossier from '../../../../dossier.config.ts';
import { cleaningPasses } from '../../../../scripts/clean/pipeline.ts';
import { passDocumentation, RULE_FAMILIES, ruleFamily } from '../../../../scripts/clean/rule-families.ts';
import { PROJECT_ROOT } from '../../../../src/config/project-root.ts';
import { indexCleanQuotations } from '../../../../src/quotations/corroboration.ts';

/** Every pass the pipeline can run: the optional ones switched on. */
function everyPass(): string[] {
  const passes = cleaningPasses({
    corrections: { corrections: [], uncertain: [] },
    corroboration: { index: indexCleanQuotations([]), names: { alignedOf: () => [], names: [] } },
  });
  return passes.map((pass) => pass.name);
}

describe('rule families', () => {
  it('name only passes the pipeline runs, and every pass that records a change is a source of one', () => {
    const passes = new Set(everyPass());
    const sources = new Set(Object.values(RULE_FAMILIES).flat());
    expect([...sources].filter((pass) => !passes.has(pass))).toEqual([]);
    // Passes that only read or flag (headline, classification, detection) record no change of their own family.
    expect([...passes].filter((pass) => !sources.has(pass))).toEqual(['extract-headline', 'classify-damage', 'detect-spinning']);
  });

  it('document every pass in a file of the project', () => {
    const missing = everyPass().map(passDocumentation).filter((path) => !existsSync(join(PROJECT_ROOT, path)));
    expect(missing).toEqual([]);
  });

  it('cover every rule id in this dossier’s cleaning records', () => {
    const folder = join(PROJECT_ROOT, dossier.folders.content, 'cleaning');
    const ruleIds = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => (JSON.parse(readFileSync(join(folder, name), 'utf8')) as { changes: Array<{ ruleId: string }> }).changes.map((change) => change.ruleId));
    expect(ruleIds.length).toBeGreaterThan(0);
    for (const ruleId of ruleIds) expect(ruleFamily(ruleId).passes.length, ruleId).toBeGreaterThan(0);
  });

  it('refuse a rule id of no declared family', () => {
    expect(() => ruleFamily('nowhere/rule')).toThrow(/not <family>\/<rule>/);
    expect(() => ruleFamily('debris')).toThrow(/not <family>\/<rule>/);
  });
});
