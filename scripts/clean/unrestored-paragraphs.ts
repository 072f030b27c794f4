/**
 * Which paragraphs of a damaged copy still carry damage the cleaner did not undo, so that
 * the site can say, on the paragraph, that its wording is the damaged copy's and not the
 * outlet's. Decided from evidence the record keeps and the build can check, never from how
 * a paragraph reads:
 *
 * - `left-as-received`: a passage flagged as damaged and left as received (an editor's
 *   `uncertain:` entry): damage known and not undone.
 * - `fingerprint-left`: a lexicon fingerprint still in the paragraph whose rule could not
 *   apply (its gate stayed closed): what the damage score counts as "left".
 * - `known-swaps-left`: in a copy that shows the fingerprint of a spinner the lexicon records,
 *   words that spinner is known to write for others (its recorded swaps), left in the final
 *   text where the original reads at least as well in place (KNOWN_SWAP_FLOOR) but not by
 *   the margin that restores it: the spinner may have written them, the author may have.
 * - `swap-readings-left`: words of the final text the English model still reads as a swap
 *   (a thesaurus neighbour at least EVIDENCE_MARGIN more probable in place, the same
 *   evidence that makes a document read as spun), outside the words cleaning wrote:
 *   READINGS_ALONE of them, or READINGS_WITH_RESTORATION in a paragraph where a wording
 *   restoration already proved the damage reached it.
 *
 * Only a copy whose wording was damaged (spun or machine-translated, found or declared) is
 * judged; every paragraph of another copy is the outlet's as published. The thresholds were
 * measured on correct English cleaned as if declared spun and as if declared machine-
 * translated (the clean-English corpus: no paragraph cleaning left untouched is marked) and on
 * the restoration benchmark's damaged/original pairs (`npm run bench:restore` reports the
 * marks on paragraphs that still differ from the original and on paragraphs that do not).
 * An author's rare word is read as a swap now and then, so one reading alone proves nothing:
 * correct English has paragraphs with two.
 */
import type { Change, UnrestoredEvidence, UnrestoredParagraph } from '../../src/schemas/cleaning-record.ts';
import { unrestoredEvidenceKinds } from '../../src/schemas/cleaning-record.ts';
import { wordingDamaged } from '../../src/schemas/damage-kinds.ts';
import type { SwapReading } from '../../src/language/en/swap-readings.ts';
import { DisjointSpans } from './disjoint-spans.ts';
import { isWordingRule } from './rule-families.ts';
import { EVIDENCE_MARGIN } from './unspin.ts';

/** Swap readings left in a paragraph that mark it on their own: correct English has at most two. */
export const READINGS_ALONE = 3;
/** … and in a paragraph where a wording restoration shows the damage reached it. */
export const READINGS_WITH_RESTORATION = 1;
/**
 * A recorded swap left in place counts when its original reads at least as probable there
 * (log10 margin 0): where the written word reads better, the author's choice is the likelier.
 */
export const KNOWN_SWAP_FLOOR = 0;
/** Words a reason quotes at most; the record keeps them all. */
const QUOTED_WORDS = 3;

export interface UnrestoredInput {
  /** Kinds of damage found or declared for the copy. */
  damageKinds: readonly string[];
  /** The cleaned body paragraphs, in order. */
  paragraphs: readonly string[];
  /** Every change, located in the cleaned article (paragraph and span). */
  changes: readonly Change[];
  /** Lexicon fingerprints left because their gate was closed, still in the final text. */
  suspects: ReadonlyArray<{ ruleId: string; text: string }>;
  /** The English model's swap readings of a paragraph's text. */
  readingsOf: (text: string) => readonly SwapReading[];
  /**
   * Readings of the recorded swaps of the spinner whose fingerprint the copy shows (its
   * lexicon's table, see `passes/unspin-known-swaps.ts`); absent for a copy that shows none.
   */
  knownSwapsOf?: (text: string) => readonly SwapReading[];
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words within quotation marks (a passage that is itself a quotation keeps its own). */
const inMarks = (word: string) => (/^[“"‘].*[”"’]$/su.test(word) ? word : `“${word}”`);
const quoted = (words: readonly string[]) =>
  words.slice(0, QUOTED_WORDS).map(inMarks).join(', ') + (words.length > QUOTED_WORDS ? ` and ${words.length - QUOTED_WORDS} more` : '');

/** Readings from `margin` on, outside `written` (the words cleaning wrote), one per place. */
function readingsLeft(readings: readonly SwapReading[], written: ReadonlyArray<readonly [number, number]>, margin = EVIDENCE_MARGIN): SwapReading[] {
  const taken = new DisjointSpans();
  for (const [start, end] of written) taken.add(start, Math.max(end, start + 1));
  const left: SwapReading[] = [];
  for (const reading of [...readings].filter((candidate) => candidate.margin >= margin).sort((a, b) => b.margin - a.margin || a.start - b.start)) {
    if (taken.overlaps(reading.start, reading.end)) continue;
    taken.add(reading.start, reading.end);
    left.push(reading);
  }
  return left.sort((a, b) => a.start - b.start);
}

/** Evidence that the wording may be the damaged copy's, not that it is: the model's readings. */
const DOUBTS: ReadonlySet<UnrestoredEvidence> = new Set(['known-swaps-left', 'swap-readings-left']);

/** The paragraphs whose wording is still the damaged copy's, with what shows it and why, in order. */
export function unrestoredParagraphs(input: UnrestoredInput): UnrestoredParagraph[] {
  if (!wordingDamaged(input.damageKinds)) return [];
  const byParagraph = Map.groupBy(
    input.changes.filter((change) => change.location === 'body' && change.paragraph !== null),
    (change) => change.paragraph ?? 0,
  );
  const suspectForms = [...new Set(input.suspects.map((suspect) => suspect.text.toLowerCase()))];
  const suspectPattern = suspectForms.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${suspectForms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const marked: UnrestoredParagraph[] = [];
  input.paragraphs.forEach((text, index) => {
    const paragraph = index + 1;
    const changes = byParagraph.get(paragraph) ?? [];
    const found = new Map<UnrestoredEvidence, { words: string[]; why: string }>();
    // Passages flagged and left as received: the change's words are the copy's own.
    const flagged = changes.filter((change) => change.before === change.after && change.span !== null);
    if (flagged.length > 0) {
      const words = flagged.map((change) => change.after);
      found.set('left-as-received', { words, why: `damage the editors found here is left as received (${quoted(words)})` });
    }
    const fingerprints = suspectPattern ? [...text.matchAll(suspectPattern)].map((match) => match[0]) : [];
    if (fingerprints.length > 0) {
      found.set('fingerprint-left', { words: fingerprints, why: `it still holds a known fingerprint of the damage that no rule could restore here (${quoted(fingerprints)})` });
    }
    const restorations = changes.filter((change) => change.before !== change.after && isWordingRule(change.ruleId)).length;
    const written = changes.flatMap((change) => (change.span ? [change.span] : []));
    const known = input.knownSwapsOf ? readingsLeft(input.knownSwapsOf(text), written, KNOWN_SWAP_FLOOR) : [];
    if (known.length > 0) {
      const words = known.map((reading) => reading.text);
      const pairs = known.slice(0, QUOTED_WORDS).map((reading) => `“${reading.text}” (for “${reading.best}”)`);
      const more = known.length > QUOTED_WORDS ? ` and ${known.length - QUOTED_WORDS} more` : '';
      found.set('known-swaps-left', {
        words,
        why: `it still holds ${known.length === 1 ? 'a word' : `${known.length} words`} this copy’s spinner is known to write for another, left because the English model could not tell here: ${pairs.join(', ')}${more}`,
      });
    }
    const left = readingsLeft(input.readingsOf(text), written);
    if (left.length >= READINGS_ALONE || (restorations > 0 && left.length >= READINGS_WITH_RESTORATION)) {
      const words = left.map((reading) => reading.text);
      // The model's preferred word is shown as what it weighed, not as a restoration.
      const readings = left.slice(0, QUOTED_WORDS).map((reading) => `“${reading.text}” (it prefers “${reading.best}”)`);
      const more = left.length > QUOTED_WORDS ? ` and ${left.length - QUOTED_WORDS} more` : '';
      const after = restorations > 0 ? `, after cleaning restored ${restorations} ${restorations === 1 ? 'word or phrase' : 'words or phrases'} in it` : '';
      found.set('swap-readings-left', {
        words,
        why: `the English model still reads ${left.length === 1 ? 'a word' : `${left.length} words`} here as swapped: ${readings.join(', ')}${more}${after}`,
      });
    }
    if (found.size === 0) return;
    const evidence = unrestoredEvidenceKinds.filter((kind) => found.has(kind));
    const spans = evidence.flatMap((kind) => found.get(kind)?.words ?? []);
    const doubtOnly = evidence.every((kind) => DOUBTS.has(kind));
    marked.push({
      paragraph,
      evidence,
      words: [...new Set(spans)],
      // Damage known to remain is stated; readings alone are only a doubt.
      reason: `${doubtOnly ? 'Its wording may still be the damaged copy’s, not the outlet’s' : 'Its wording is still in part the damaged copy’s, not the outlet’s'}: ${evidence.map((kind) => found.get(kind)?.why ?? '').join('; ')}.`,
    });
  });
  return marked;
}
