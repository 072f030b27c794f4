/**
 * From a paragraph's runs of capitalised words to candidate names, each with what its
 * context says about it.
 *
 * - Whatever the registry's matcher finds is known. A run that touches a known name is cut
 *   around it, so "CISA Director Jen Easterly" still proposes "Jen Easterly", while a lone
 *   word left beside a known name ("Trump Tower" → "Tower") is dropped as a fragment.
 * - A capitalised word at the start of a sentence or quotation is kept only on evidence
 *   (case-evidence.ts); sentence starters ("The", "In", "However") always go.
 * - Places, nationalities, days and months are capitalised but are not actors; names of
 *   events, laws and plans ("World War Three") are not actors either.
 * - Titles are cut off (title-phrases.ts); "Emily Harding of the Center for…" is a person
 *   of an organisation, not one name.
 * - What the words around a name say: an apposition (", a spokeswoman for"), a role noun
 *   before ("analyst Jane Doe") make a person; ", a company", "researchers at" an organisation.
 *
 * Cost: one forward pass over each paragraph's words, with what a name's context says read
 * from a few words either side, never from the whole paragraph before it.
 */
import type { NameMatcher } from '../actors/name-matcher.ts';
import { lookupForm } from '../language/lookup-form.ts';
import type { CaseEvidence } from './case-evidence.ts';
import type { NameLexicon } from './name-lexicon.ts';
import { isAcronym, isJoiner, runs, trimConnectors, units, type Unit } from './name-units.ts';
import { isTitleOnly, splitAtTitle } from './title-phrases.ts';

/** One name at one place in a paragraph. */
export interface Candidate {
  /** As written, white space collapsed. */
  name: string;
  words: string[];
  paragraph: number;
  /** A title was cut off before it, or a role noun or an apposition describes a person. */
  personEvidence: boolean;
  /** An apposition or the words before describe an organisation (", a company", "researchers at"). */
  organisationEvidence: boolean;
  /**
   * The candidate with the known name it was cut from, as written ("Jane R." beside a known
   * "Doe": "Jane R. Doe"), when it touches one; a variant of a registry name is found from it.
   */
  withKnown?: string;
}

const SPACE = /\s/u;

/** Where the text before `end` holds its last `reach` non-space characters (and the spaces among them). */
function tailStart(text: string, end: number, reach: number): number {
  let start = end;
  let kept = 0;
  while (start > 0 && kept <= reach) {
    start -= 1;
    if (!SPACE.test(text.charAt(start))) kept += 1;
  }
  return start;
}

/**
 * "Emily Harding of the Center for…" is a person of an organisation, not one name: a
 * person-like name (two or three words, none naming an organisation, a title or a place)
 * before "of" or "for" is cut from what follows.
 */
function splitPersonOf(segment: readonly Unit[], lex: NameLexicon): { person: Unit[]; rest: Unit[] } | undefined {
  const { ofWords, organisationWords, titleHeads, titleModifiers, keepsOf } = lex.vocabulary;
  const at = segment.findIndex((unit) => ofWords.has(unit.text));
  if (at < 2 || at > 3) return undefined;
  const person = segment.slice(0, at);
  const forms = person.map((unit) => lookupForm(unit.text));
  const looksLikePerson =
    person.every((unit) => unit.nameLike && !isAcronym(unit.text)) &&
    forms.every((form) => !organisationWords.has(form) && !titleHeads.has(form) && !titleModifiers.has(form) && !keepsOf.has(form) && !lex.plain.has(form)) &&
    !lex.places.has(forms.join(' '));
  return looksLikePerson ? { person, rest: trimConnectors(segment.slice(at + 1), lex) } : undefined;
}

/** Whether a sentence-initial word belongs to the name that follows it. */
function keepInitial(segment: readonly Unit[], evidence: CaseEvidence, lex: NameLexicon): boolean {
  const first = segment[0]!;
  const form = lookupForm(first.text);
  if (lex.vocabulary.sentenceStarters.has(form) && !isAcronym(first.text)) return false;
  // An acronym, a word capitalised elsewhere, or a possessive ("Microsoft’s engineers"): a name.
  if (isAcronym(first.text) || first.possessive || evidence.capitalisedMidSentence.has(first.text)) return true;
  const next = segment[1];
  return next !== undefined && next.nameLike && !evidence.lowerCase.has(form);
}

/** A place, a run of plain words, an event or a law: capitalised, but not an actor. */
function isExcluded(candidateWords: readonly string[], lex: NameLexicon): boolean {
  const { connectors, organisationWords, placeEndings, eventWords, articles } = lex.vocabulary;
  const forms = candidateWords.map(lookupForm);
  const name = (articles.has(forms[0]!) ? forms.slice(1) : forms).join(' ');
  if (lex.places.has(name)) return true;
  if (forms.every((form) => lex.plain.has(form) || connectors.has(form))) return true;
  const organisation = forms.some((form) => organisationWords.has(form));
  if (!organisation && placeEndings.has(forms.at(-1)!)) return true;
  return !organisation && forms.some((form) => eventWords.has(form));
}

/** A stretch of a run that names one thing, with what its context says about it. */
interface Part {
  units: Unit[];
  /** A title was cut off before it, or it was cut off before "of <organisation>". */
  person: boolean;
}

/** The names in one piece of a run (a stretch with no known name in it). */
function partsOf(piece: readonly Unit[], evidence: CaseEvidence, lex: NameLexicon): Part[] {
  let segment = trimConnectors(piece, lex);
  if (segment.length > 0 && segment[0]!.initial && !keepInitial(segment, evidence, lex)) segment = trimConnectors(segment.slice(1), lex);
  // Leading days and months go, with the joiners after each, cut once at the end.
  let from = 0;
  while (from < segment.length && lex.calendar.has(lookupForm(segment[from]!.text))) {
    from += 1;
    while (from < segment.length && isJoiner(segment[from]!, lex)) from += 1;
  }
  if (from > 0) segment = trimConnectors(segment.slice(from), lex);
  if (segment.length === 0 || isTitleOnly(segment, lex)) return [];
  const titled = splitAtTitle(segment, lex);
  const parts: Part[] = titled
    ? [{ units: titled.before, person: false }, { units: titled.after, person: true }]
    : [{ units: segment, person: false }];
  return parts.flatMap((part) => {
    const split = splitPersonOf(part.units, lex);
    return split ? [{ units: split.person, person: true }, { units: split.rest, person: false }] : [part];
  }).filter((part) => part.units.length > 0 && !isTitleOnly(part.units, lex));
}

/** The start of the run of known words that ends just before `at`. */
function coveredStart(run: readonly Unit[], at: number): number {
  let index = at - 1;
  while (index > 0 && run[index - 1]!.covered) index -= 1;
  return run[index]!.start;
}

/** The end of the run of known words that starts at `at`. */
function coveredEnd(run: readonly Unit[], at: number): number {
  let index = at;
  while (index + 1 < run.length && run[index + 1]!.covered) index += 1;
  return run[index]!.end;
}

/** The part with the known name it touches, when it touches one at either end of its piece. */
function withKnownName(
  paragraph: string,
  part: readonly Unit[],
  piece: readonly Unit[],
  knownStart: number | undefined,
  knownEnd: number | undefined,
): { withKnown?: string } {
  const touchesBefore = knownStart !== undefined && part[0] === piece[0];
  const touchesAfter = knownEnd !== undefined && part.at(-1) === piece.at(-1);
  if (!touchesBefore && !touchesAfter) return {};
  const start = touchesBefore ? knownStart : part[0]!.start;
  const end = touchesAfter ? knownEnd : part.at(-1)!.end;
  return { withKnown: paragraph.slice(start, end).replace(/\s+/g, ' ') };
}

/** "Jan." or "Jan 5": a month written short, not "Jan Kowalski". */
function isAbbreviatedMonth(paragraph: string, unit: Unit, lex: NameLexicon): boolean {
  return lex.vocabulary.monthAbbreviations.has(lookupForm(unit.text)) && /^(?:\.|\s+\p{N})/u.test(paragraph.slice(unit.rawEnd, unit.rawEnd + 8));
}

/** Character ranges of the registry's names, a possessive ending included. */
function knownSpans(paragraph: string, matcher: Pick<NameMatcher, 'find'>): [number, number][] {
  return matcher.find(paragraph).map((match) => [match.start, match.possessive ? match.end + 2 : match.end]);
}

/** The candidate names of one paragraph, in text order. */
export function candidatesIn(
  paragraph: string,
  paragraphNumber: number,
  matcher: Pick<NameMatcher, 'find'>,
  evidence: CaseEvidence,
  lex: NameLexicon,
): Candidate[] {
  const { personAfter, organisationAfter, personBefore, organisationBefore, beforeReach } = lex.vocabulary;
  const found: Candidate[] = [];
  for (const run of runs(paragraph, units(paragraph, knownSpans(paragraph, matcher), lex), lex)) {
    // Cut around known names.
    let from = 0;
    while (from < run.length) {
      if (run[from]!.covered) {
        from += 1;
        continue;
      }
      let to = from;
      while (to < run.length && !run[to]!.covered) to += 1;
      const piece = run.slice(from, to);
      const knownBefore = from > 0;
      const knownAfter = to < run.length;
      // Where the known names touching the piece start and end.
      const knownStart = knownBefore ? coveredStart(run, from) : undefined;
      const knownEnd = knownAfter ? coveredEnd(run, to) : undefined;
      from = to;
      for (const part of partsOf(piece, evidence, lex)) {
        const first = part.units[0]!;
        const last = part.units.at(-1)!;
        const candidateWords = part.units.map((unit) => unit.text);
        // A lone word beside a known name is a fragment of it: "Trump Tower" → "Tower".
        const besideKnown = (knownBefore && first === piece[0]) || (knownAfter && last === piece.at(-1));
        if (besideKnown && part.units.length === 1 && !isAcronym(first.text)) continue;
        if (isExcluded(candidateWords, lex)) continue;
        if (part.units.length === 1 && isAbbreviatedMonth(paragraph, first, lex)) continue;
        const after = paragraph.slice(last.rawEnd);
        const before = paragraph.slice(tailStart(paragraph, first.start, beforeReach), first.start);
        const isPersonAfter = personAfter.test(after);
        found.push({
          name: paragraph.slice(first.start, last.end).replace(/\s+/g, ' '),
          words: candidateWords,
          paragraph: paragraphNumber,
          personEvidence: part.person || isPersonAfter || personBefore.test(before),
          organisationEvidence: !isPersonAfter && (organisationAfter.test(after) || organisationBefore.test(before)),
          ...withKnownName(paragraph, part.units, piece, knownStart, knownEnd),
        });
      }
    }
  }
  return found;
}
