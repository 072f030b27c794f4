/**
 * Finding a value in a long filter list (every actor or outlet of a large dossier) by typing
 * part of its name, as the search page's finder box does. Kept apart from the page so the
 * matching is tested alone.
 *
 * A value is found when every word typed occurs in it, with case, accents, spaces and
 * punctuation ignored: "mar kes" finds "Marta Kessler", "oneill" finds "O'Neill", "jose"
 * finds "José Ortega", "donald" finds "MacDonald". Readers type part of a name, not its
 * start, and rarely its accents.
 */
import { plural } from '../lib/plural';

/** Lower case, accents removed, nothing but letters and digits: what typing is compared on. */
export function foldForFinding(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a value's label holds every word typed (see the module comment); nothing typed finds every value. */
export function findsValue(typed: string, label: string): boolean {
  const words = typed.split(/\s+/).map(foldForFinding).filter((word) => word !== '');
  if (words.length === 0) return true;
  const folded = foldForFinding(label);
  return words.every((word) => folded.includes(word));
}

/**
 * What the finder's status line says: nothing while nothing is typed; otherwise how many of
 * the list's values hold the words typed, or that none does, and how many ticked values that
 * do not are still shown (a choice never disappears from view).
 */
export function findingStatus(typed: string, matching: number, total: number, noun: string, tickedNotMatching = 0): string {
  const words = typed.trim().replace(/\s+/g, ' ');
  if (words === '') return '';
  const found = matching === 0 ? `No ${noun} matches “${words}”.` : `${matching} of ${plural(total, noun)} ${matching === 1 ? 'matches' : 'match'} “${words}”.`;
  if (tickedNotMatching === 0) return found;
  return `${found} ${plural(tickedNotMatching, `ticked ${noun}`)} that ${tickedNotMatching === 1 ? 'does not match stays' : 'do not match stay'} shown.`;
}
