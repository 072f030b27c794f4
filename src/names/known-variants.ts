/**
 * Names the registry already covers, written another way: a middle initial or a middle name
 * the registry leaves out ("Jane R. Doe", "Jane Rachel Doe" for the registry's "Jane Doe").
 * The matcher finds the registry's names as written, so such a name comes out of the
 * candidates either whole, or cut at the known part ("Jane R." beside a known "Doe"). Either
 * way it is not a new actor: the report lists it under the registry entry it belongs to, so
 * the maintainer can add the form as an alias.
 */
import type { NameMatcher, NameTarget } from '../actors/name-matcher.ts';

/** A single capital, with or without its full stop: a middle initial. */
const INITIAL = /^\p{Lu}\.?$/u;
/** A word of a personal name: capitalised, then lower case (hyphens and apostrophes inside). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

/** The registry entry that a whole string names, when one name of the matcher covers all of it. */
function wholeName(text: string, matcher: Pick<NameMatcher, 'find'>): NameTarget | undefined {
  const matches = matcher.find(text);
  const [only] = matches;
  return matches.length === 1 && only!.start === 0 && only!.end === text.length ? only!.target : undefined;
}

/**
 * The registry entry a written name is a variant of: without its middle initials, or, for a
 * person-shaped name of three or four words, its first and last words alone. `written` is the
 * candidate with the known name it touches ("Jane R. Doe"), white space collapsed.
 */
export function knownVariantOf(written: string, matcher: Pick<NameMatcher, 'find'>): NameTarget | undefined {
  const words = written.split(' ');
  if (words.length < 2) return undefined;
  const middle = words.slice(1, -1);
  const withoutInitials = [words[0]!, ...middle.filter((word) => !INITIAL.test(word)), words.at(-1)!];
  if (withoutInitials.length < words.length) {
    const target = wholeName(withoutInitials.join(' '), matcher);
    if (target) return target;
  }
  const personShaped = words.length <= 4 && words.every((word) => NAME_WORD.test(word) || INITIAL.test(word));
  if (personShaped && withoutInitials.length > 2) {
    const target = wholeName(`${words[0]!} ${words.at(-1)!}`, matcher);
    if (target?.kind === 'person') return target;
  }
  return undefined;
}
