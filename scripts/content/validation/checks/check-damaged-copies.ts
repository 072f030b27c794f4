/**
 * Check: a hand-written source is shown as the outlet's own words, so it may not declare
 * damage to its wording (a spinner's, a translation's). A damaged copy must come in as a
 * seed, so that its cleaning, and what its quotations rest on, are on the record.
 */
import type { ContentProblem } from '../../../../src/files/content-error.ts';
import { wordingDamaged } from '../../../../src/schemas/damage-kinds.ts';
import type { ContentUnderCheck } from '../read-content.ts';

export function checkDamagedCopiesAreSeeds(content: ContentUnderCheck): ContentProblem[] {
  return content.collections.sources.entries
    .filter((source) => source.data.seed === undefined && wordingDamaged(source.data.damage))
    .map((source) => ({
      file: source.file,
      line: source.lineOf(['damage']),
      field: 'damage',
      message:
        'a copy damaged by a spinner or a translation must be added as a seed (seeds/<id>.txt with a sidecar, see CONTRIBUTING.md), so its cleaning and its quotations are on the record; a hand-written source is shown as the outlet’s own words.',
    }));
}
