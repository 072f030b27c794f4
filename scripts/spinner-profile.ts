/**
 * `npm run spinner-profile`: the spinner's table as its own damage proves it. Every seed is
 * cleaned by the general rules (with the damage its sidecar declares, no corrections); each
 * name restored word for word proves one swap for that document (scripts/clean/proven-swaps.ts).
 * Swaps proven in two or more documents are proposed for the spinner lexicon; the rest are
 * listed as seen once. The result, scripts/clean/lexicons/spinner-profile.yaml, is data for a
 * maintainer to review: an entry moves to spinner.yaml by pull request, never automatically.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { cleanArticle } from './clean/pipeline.ts';
import { provenSwaps } from './clean/proven-swaps.ts';
import { isWordingDamage, type WordingDamageKind } from '../src/schemas/damage-kinds.ts';
import { reportFailure } from './lib/report-failure.ts';
import { compareStrings } from '../src/lib/compare-strings.ts';

const SEEDS = new URL('../seeds/', import.meta.url);
const PROFILE = new URL('./clean/lexicons/spinner-profile.yaml', import.meta.url);
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
  const bySwap = new Map<string, { spun: string; original: string; documents: Set<string>; proof: Set<string> }>();
  for (const name of readdirSync(SEEDS).filter((file) => file.endsWith('.txt')).sort()) {
    const raw = readFileSync(new URL(name, SEEDS), 'utf8');
    const sidecar = readFileSync(new URL(name.replace(/\.txt$/, '.yaml'), SEEDS), 'utf8');
    const cleaned = cleanArticle(raw, name, { declaredDamage: declaredDamage(sidecar) });
    for (const swap of provenSwaps(cleaned.changes)) {
      const key = `${swap.spun}→${swap.original}`;
      const entry = bySwap.get(key) ?? { spun: swap.spun, original: swap.original, documents: new Set(), proof: new Set() };
      entry.documents.add(`seeds/${name}`);
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
    '# Each name restored word for word in a seed ("New York Occasions" → "New York Times") proves',
    `# one swap (times → occasions). Swaps proven in ${DOCUMENTS_TO_PROPOSE}+ documents are "proposed": a maintainer`,
    '# may add a gated entry for them to spinner.yaml by pull request. Nothing here is applied.',
    '',
  ].join('\n');
  writeFileSync(PROFILE, header + stringify({ documentsToPropose: DOCUMENTS_TO_PROPOSE, swaps }, { lineWidth: 0 }));
  console.log(`spinner profile: ${swaps.length} swaps, ${swaps.filter((swap) => swap.status === 'proposed').length} proposed`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.exitCode = reportFailure(error);
}
