/**
 * The report of names: the names of people and organisations that appear in the sources
 * but that no actor or outlet of the registry covers, each with its likely kind and the
 * paragraphs it appears in, and the registry's names written in forms it does not list.
 * Candidates (candidates.ts) are grouped into names:
 *
 * - One name, several ways of writing it: "The Foo Group" and "Foo Group" are one; a surname
 *   alone ("Doe said") is the full name used earlier in the same source, when only one full
 *   name ends with it.
 * - Kind is decided from the words themselves: an organisation word ("Agency", "Ministry",
 *   "Party") or a lone acronym makes an organisation; a title, an apposition, a role noun
 *   before, or the surname used alone later in the same source makes a person. Anything
 *   else is "unknown" rather than a guess.
 * - A candidate that is a registry name written with a middle initial or middle name
 *   ("Jane R. Doe") is listed under that entry, not as a new name (known-variants.ts).
 * - What is capitalised but not a name is left out with real language data: shouting, a
 *   common word, a misspelt country (not-names.ts).
 * - Each source is read with its own language's rules (`languageFor` its `language` tag).
 * - No NLP library: compromise (people/organisations) was measured against these rules. On
 *   the seeds and 27 hand-written paragraphs it found 20 of 53 names (these rules: all) and
 *   proposed titles and places with them ("Minister Sergei Lavrov", "Oval Office"); as a
 *   classifier of these rules' names it changed one kind, wrongly ("Lockheed Martin":
 *   person). Not worth its 5 MB and half-second load.
 *
 * The result is a proposal for a human: it errs towards listing a doubtful name once rather
 * than hiding a real actor. It runs twice per build (validation and the build report), so
 * every step is linear in the sources.
 */
import type { NameMatcher } from '../actors/name-matcher.ts';
import { languageFor } from '../language/choose-language.ts';
import { lookupForm } from '../language/lookup-form.ts';
import { candidatesIn, type Candidate } from './candidates.ts';
import { caseEvidence } from './case-evidence.ts';
import { nameLexicon, type NameLexicon } from './name-lexicon.ts';
import { isAcronym } from './name-units.ts';
import { knownVariantOf } from './known-variants.ts';
import type { KnownNameVariant, NameReport, SourceText, UnknownName, UnknownNameKind } from './name-report.ts';
import { notANameReason } from './not-names.ts';

/** Every candidate that is one name. */
interface Group {
  /** How often each written form occurs; the most frequent is shown. */
  forms: Map<string, number>;
  words: string[];
  occurrences: { source: number; slug: string; paragraph: number }[];
  personEvidence: boolean;
  organisationEvidence: boolean;
  /** The rules of the source that first wrote it. */
  lexicon: NameLexicon;
}

/** A word of a personal name: "Jane", "O’Brien", "Jean-Luc", "Q.", "bin", "al-Assad". */
const PERSONAL_NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.|\p{Lu}\p{Ll}\p{Lu}\p{Ll}+|[\p{Ll}]{1,4}|\p{Ll}+-\p{Lu}\p{Ll}+)$/u;

function hasWordIn(candidateWords: readonly string[], set: ReadonlySet<string>): boolean {
  return candidateWords.some((word) => set.has(lookupForm(word)));
}

/** "The Foo Group" and "Foo Group" are one name. */
function groupKey(name: string, lex: NameLexicon): string {
  const [first, ...rest] = name.split(/\s+/);
  const unarticled = rest.length > 0 && lex.vocabulary.articles.has(lookupForm(first!)) ? rest.join(' ') : name;
  return unarticled.replace(/’/g, "'");
}

/** Words of the name first (they do not change with the sentence), then the context. */
function kindOf(group: Group): UnknownNameKind {
  const singleAcronym = group.words.length === 1 && isAcronym(group.words[0]!);
  if (hasWordIn(group.words, group.lexicon.vocabulary.organisationWords) || singleAcronym) return 'organisation';
  if (group.personEvidence) return 'person';
  return group.organisationEvidence ? 'organisation' : 'unknown';
}

/** Every variant of one registry entry. */
interface VariantGroup {
  type: 'actor' | 'outlet';
  id: string;
  forms: Map<string, number>;
  occurrences: { source: number; slug: string; paragraph: number }[];
}

/** Occurrences once per paragraph, in source then paragraph order. */
function paragraphsOf(occurrences: readonly { source: number; slug: string; paragraph: number }[]): { slug: string; paragraph: number }[] {
  const seen = new Set<string>();
  return occurrences
    .toSorted((a, b) => a.source - b.source || a.paragraph - b.paragraph)
    .filter(({ slug, paragraph }) => {
      const id = `${slug}\u0000${paragraph}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .map(({ slug, paragraph }) => ({ slug, paragraph }));
}

/** The forms of a name by how often they are written; among equals, the longest, then the first in code order. */
function byFrequency(forms: ReadonlyMap<string, number>): string[] {
  return [...forms.entries()].toSorted(([a, countA], [b, countB]) => countB - countA || b.length - a.length || compareText(a, b)).map(([form]) => form);
}

/**
 * Names in the sources that the matcher (built from the actor and outlet registry) does not
 * find, each with its likely kind and the paragraphs it appears in; most frequent first,
 * then by name. And the registry's names written in forms it does not list.
 */
export function readNames(sources: ReadonlyArray<SourceText>, matcher: Pick<NameMatcher, 'find'>): NameReport {
  const read = sources.map((source) => ({ ...source, lexicon: nameLexicon(languageFor(source.language)) }));
  const evidence = caseEvidence(read);
  const groups = new Map<string, Group>();
  const variants = new Map<string, VariantGroup>();

  /** A registry name written another way: listed under its entry. */
  const addVariant = (candidate: Candidate, sourceIndex: number, slug: string): boolean => {
    const written = candidate.withKnown ?? candidate.name;
    if (candidate.withKnown === undefined && candidate.words.length < 3) return false;
    const target = knownVariantOf(written, matcher);
    if (!target) return false;
    const key = `${target.type}\u0000${target.id}`;
    let group = variants.get(key);
    if (!group) variants.set(key, (group = { type: target.type, id: target.id, forms: new Map(), occurrences: [] }));
    group.forms.set(written, (group.forms.get(written) ?? 0) + 1);
    group.occurrences.push({ source: sourceIndex, slug, paragraph: candidate.paragraph });
    return true;
  };

  /** A surname standing for a full name counts as an occurrence, not as a way to write the name. */
  const add = (candidate: Candidate, sourceIndex: number, slug: string, key: string, lexicon: NameLexicon, surname = false) => {
    let group = groups.get(key);
    if (!group) {
      group = { forms: new Map(), words: candidate.words, occurrences: [], personEvidence: false, organisationEvidence: false, lexicon };
      groups.set(key, group);
    }
    if (!surname) group.forms.set(candidate.name, (group.forms.get(candidate.name) ?? 0) + 1);
    group.occurrences.push({ source: sourceIndex, slug, paragraph: candidate.paragraph });
    group.personEvidence ||= candidate.personEvidence;
    group.organisationEvidence ||= candidate.organisationEvidence;
  };

  read.forEach((source, sourceIndex) => {
    const lex = source.lexicon;
    const candidates = source.paragraphs
      .flatMap((paragraph, index) => candidatesIn(paragraph, index + 1, matcher, evidence, lex))
      .filter((candidate) => !addVariant(candidate, sourceIndex, source.slug));
    // A surname alone ("Doe said") is the full name used earlier in the same source, when only one full name ends with it.
    const fullNames = new Map<string, Set<string>>();
    for (const candidate of candidates) {
      if (candidate.words.length < 2 || lex.vocabulary.articles.has(lookupForm(candidate.words[0]!))) continue;
      const lastWord = candidate.words.at(-1)!;
      const keys = fullNames.get(lastWord) ?? new Set<string>();
      keys.add(groupKey(candidate.name, lex));
      fullNames.set(lastWord, keys);
    }
    const surnames: { candidate: Candidate; key: string }[] = [];
    for (const candidate of candidates) {
      const only = candidate.words.length === 1 ? fullNames.get(candidate.words[0]!) : undefined;
      const [key] = only?.size === 1 ? only : [];
      if (key === undefined) add(candidate, sourceIndex, source.slug, groupKey(candidate.name, lex), lex);
      else surnames.push({ candidate, key });
    }
    // After the full names, so each group takes its words from a full name. A surname used
    // alone says "person" only when the full name is shaped like one ("Jane Q. Doe", not "GitHub Pages").
    for (const { candidate, key } of surnames) {
      const full = groups.get(key)?.words ?? [];
      const personEvidence = full.length <= 4 && full.every((word) => PERSONAL_NAME_WORD.test(word)) && !hasWordIn(full, lex.vocabulary.organisationWords);
      add({ ...candidate, personEvidence }, sourceIndex, source.slug, key, lex, true);
    }
  });

  const names = [...groups.values()]
    .filter((group) => notANameReason(group, group.lexicon) === undefined)
    .map((group): UnknownName => ({ name: byFrequency(group.forms)[0]!, kind: kindOf(group), occurrences: paragraphsOf(group.occurrences) }));
  const known = [...variants.values()].map(
    (group): KnownNameVariant => ({ type: group.type, id: group.id, forms: byFrequency(group.forms), occurrences: paragraphsOf(group.occurrences) }),
  );
  return {
    unknown: names.toSorted((a, b) => b.occurrences.length - a.occurrences.length || compareText(a.name, b.name)),
    variants: known.toSorted((a, b) => b.occurrences.length - a.occurrences.length || compareText(a.id, b.id)),
  };
}

/** The names no actor or outlet covers (`readNames`' `unknown`). */
export function proposeUnknownNames(sources: ReadonlyArray<SourceText>, matcher: Pick<NameMatcher, 'find'>): UnknownName[] {
  return readNames(sources, matcher).unknown;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
