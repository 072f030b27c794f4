/**
 * `npm run spinner-profile`: the spinner's table as its own damage proves it. Every seed is
 * cleaned by the general rules (with the damage its sidecar declares, no corrections); each
 * name restored word for word proves one swap for that document (scripts/clean/proven-swaps.ts).
 * Swaps proven in two or more documents are proposed for the spinner lexicon; the rest are
 * listed as seen once. The result, the file dossier.config.ts names (`lexicons.spinnerProfile`),
 * is data for a maintainer to review: an entry moves to a spinner lexicon by pull request,
 * never automatically.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import dossier from '../dossier.config.ts';
import { ContentError } from '../src/files/content-error.ts';
import { PROJECT_ROOT } from '../src/config/project-root.ts';
import { cleanArticle } from './clean/pipeline.ts';
import { provenSwaps } from './clean/proven-swaps.ts';
import { isWordingDamage, type WordingDamageKind } from '../src/schemas/damage-kinds.ts';
import { reportFailure } from './lib/report-failure.ts';
import { compareStrings } from '../src/lib/compare-strings.ts';

/** Documents that must prove a swap before it is proposed. */
export const DOCUMENTS_TO_PROPOSE = 2;

function declaredDamage(sidecar: string): WordingDamageKind[] {
  const line = /^damage:\s*\[([^\]]*)\]/m.exec(sidecar)?.[1] ?? '';
  return line
    .split(',')
    .map((kind) => kind.trim())
    .filter(isWordingDamage);
}

function main(): number {
  const profile = dossier.lexicons.spinnerProfile;
  if (profile === undefined) {
    throw new ContentError([{ file: 'dossier.config.ts', field: 'lexicons.spinnerProfile', message: 'names no file for the profile: add one, e.g. "data/lexicons/spinner-profile.yaml".' }]);
  }
  const seeds = join(PROJECT_ROOT, dossier.folders.seeds);
  const bySwap = new Map<string, { spun: string; original: string; documents: Set<string>; proof: Set<string> }>();
  for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt')).sort()) {
    const raw = readFileSync(join(seeds, name), 'utf8');
    const sidecar = readFileSync(join(seeds, name.replace(/\.txt$/, '.yaml')), 'utf8');
    const cleaned = cleanArticle(raw, name, { declaredDamage: declaredDamage(sidecar) });
    for (const swap of provenSwaps(cleaned.changes)) {
      const key = `${swap.spun}→${swap.original}`;
      const entry = bySwap.get(key) ?? { spun: swap.spun, original: swap.original, documents: new Set(), proof: new Set() };
      entry.documents.add(`${dossier.folders.seeds}/${name}`);
      for (const proof of swap.proof) entry.proof.add(proof);
      bySwap.set(key, entry);
    }
  }
  const swaps = [...bySwap.values()]
    .sort((a, b) => b.documents.size - a.documents.size || compareStrings(a.spun, b.spun))
    .map((entry) => ({
      spun: entry.spun,
      original: entry.original,
      status: entry.documents.size >= DOCUMENTS_TO_PROPOSE ? 'proposed' : 'seen-once',
      documents: [...entry.documents].sort(),
      proof: [...entry.proof].sort(),
    }));
  const header = [
    '# Spinner profile: swaps the spinner\'s own damage proves, written by `npm run spinner-profile`.',
    '# Each name restored word for word in a seed ("Daily Occasions" → "Daily Times") proves one',
    `# swap (times → occasions). Swaps proven in ${DOCUMENTS_TO_PROPOSE}+ documents are "proposed": a maintainer`,
    '# may add a gated entry for them to a spinner lexicon by pull request. Nothing here is applied.',
    '',
  ].join('\n');
  writeFileSync(join(PROJECT_ROOT, profile), header + stringify({ documentsToPropose: DOCUMENTS_TO_PROPOSE, swaps }, { lineWidth: 0 }));
  console.log(`spinner profile: ${swaps.length} swaps, ${swaps.filter((swap) => swap.status === 'proposed').length} proposed`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.exitCode = reportFailure(error);
}
