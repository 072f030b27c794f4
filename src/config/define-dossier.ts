/**
 * `defineDossier()` checks a dossier's configuration when dossier.config.ts is loaded, and
 * says what is wrong in words a newcomer can act on: the field, what was expected, what was
 * found. A mistake stops the build at once, before any file is read.
 */
import type { z } from 'astro/zod';
import { dossierConfigSchema, type DossierConfig, type DossierUserConfig } from './dossier-config-schema.ts';

/** Thrown for an invalid configuration; the message lists every problem, one per line. */
export class DossierConfigError extends Error {
  constructor(problems: readonly string[]) {
    super(`dossier.config.ts is not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nSee the comments in src/config/dossier-config-schema.ts for every field.`);
    this.name = 'DossierConfigError';
    // A problem in the configuration, not in the code: the frames would only bury it.
    this.stack = this.message;
  }
}

function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? `"${issue.path.map(String).join('.')}"` : 'the configuration';
  if (issue.code === 'unrecognized_keys') return `${field} has fields it does not know: ${issue.keys.map((key) => `"${key}"`).join(', ')} (check the spelling).`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${field} is required (${issue.expected}).`;
  return `${field}: ${issue.message}.`;
}

/** The configuration, checked and with its defaults; throws DossierConfigError listing every problem. */
export function defineDossier(config: DossierUserConfig): DossierConfig {
  const result = dossierConfigSchema.safeParse(config);
  if (!result.success) throw new DossierConfigError(result.error.issues.map(describe));
  return result.data;
}
