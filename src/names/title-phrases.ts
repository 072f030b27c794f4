/**
 * Titles are not names: a leading title phrase ("Ukrainian President", "Secretary of
 * State") is cut off, which is also the best evidence that the rest is a person; a title
 * alone is dropped.
 */
import { lookupForm } from '../language/lookup-form.ts';
import type { NameLexicon } from './name-lexicon.ts';
import { isJoiner, trimConnectors, type Unit } from './name-units.ts';

/** A word that may belong to a title phrase: a title, a qualifier, a connector or a plain word ("Ukrainian"). */
export function isTitlePart(unit: Unit, lex: NameLexicon): boolean {
  const form = lookupForm(unit.text);
  return unit.connector || lex.vocabulary.titleHeads.has(form) || lex.vocabulary.titleModifiers.has(form) || lex.plain.has(form);
}

/** "General" is a title only after another title word ("Attorney General"); "General Motors" is a name. */
function isTitleHead(segment: readonly Unit[], index: number, lex: NameLexicon): boolean {
  const form = lookupForm(segment[index]!.text);
  if (lex.vocabulary.titleHeads.has(form)) return true;
  const previous = segment[index - 1];
  return lex.vocabulary.titleHeadsAfterTitle.has(form) && previous !== undefined && isTitlePart(previous, lex);
}

/** A title alone ("Assistant Secretary", "Ukrainian President"). */
export function isTitleOnly(segment: readonly Unit[], lex: NameLexicon): boolean {
  return segment.every((unit) => isTitlePart(unit, lex)) && segment.some((_, index) => isTitleHead(segment, index, lex));
}

/**
 * Finds a title phrase followed by a name: "NATO Secretary General Mark Rutte" gives "NATO"
 * before it and "Mark Rutte" after it. Undefined when there is none.
 */
export function splitAtTitle(segment: readonly Unit[], lex: NameLexicon): { before: Unit[]; after: Unit[] } | undefined {
  // From each word to the end: is there a word other than a joiner, and one naming an
  // organisation? Read once, from the end: asking at every title phrase was quadratic in a
  // long run of capitalised words.
  const nameFrom: boolean[] = new Array<boolean>(segment.length + 1).fill(false);
  const organisationFrom: boolean[] = new Array<boolean>(segment.length + 1).fill(false);
  for (let index = segment.length - 1; index >= 0; index -= 1) {
    const unit = segment[index]!;
    nameFrom[index] = nameFrom[index + 1]! || !isJoiner(unit, lex);
    organisationFrom[index] = organisationFrom[index + 1]! || lex.vocabulary.organisationWords.has(lookupForm(unit.text));
  }
  for (let from = 0; from < segment.length; from += 1) {
    let hasHead = false;
    let index = from;
    for (; index < segment.length && isTitlePart(segment[index]!, lex); index += 1) {
      hasHead ||= isTitleHead(segment, index, lex);
    }
    // The whole title phrase goes: "Secretary of State Marco Rubio" → "Marco Rubio" (joiners
    // around the rest are trimmed, and are never organisation words).
    if (hasHead && nameFrom[index] && !organisationFrom[index]) {
      return { before: trimConnectors(segment.slice(0, from), lex), after: trimConnectors(segment.slice(index), lex) };
    }
    from = Math.max(from, index);
  }
  return undefined;
}
