/**
 * Names of institutions and outlets a spinner or a round-trip translation broke, restored
 * from the dossier's registry (content/actors, content/outlets): "according to The file" →
 * "The Dispatch", "a part of the Ministry of Defense" → "Department of Defense". A written name
 * is read as a broken registry name when:
 *
 * - it has the registry name's words, in order, but for one (two in a name of six words or
 *   more), and each word that differs is the registry word's thesaurus neighbour (either way,
 *   or the head of a phrase the thesaurus lists: "ministry" → "government department") or
 *   the same word in other capitals;
 * - the registry word is better attested for that entry than the written one (in its name,
 *   counted twice, and its aliases): a written word never outranks the name. The forms
 *   damaged copies wrote for an entry (`damagedForms`: "National Security Service") are
 *   neither attestation nor a name to restore to; they are what a repair undoes, and only
 *   the name matcher reads them (a broken name still tells whose company a text keeps);
 * - it reads as a name: capitalised where a sentence does not start;
 * - the model finds the registry's name more probable than the written one (by a factor of
 *   three: "United States" is a name of its own, not a broken "United Nations");
 * - its company agrees: an actor's own entry, one it belongs to or one that belongs to it is
 *   named, as written and with a capital, in the same paragraph or the one either side;
 *   an outlet's name stands where a source is cited ("according to", "told", "reported").
 *
 * Every restoration is probable: the registry knows the name, not that this copy meant it.
 */
import { NameMatcher } from '../../src/actors/name-matcher.ts';
import type { RegistryEntry } from '../../src/actors/registry-files.ts';
import { english } from '../../src/language/en/index.ts';
import type { EnglishModel } from '../../src/language/en/language-model.ts';
import { LETTER, WORD_CHARACTER } from '../../src/language/letter-classes.ts';
import { DisjointSpans } from './disjoint-spans.ts';

const { canonicalWord } = english;

export interface RegistryRepair {
  start: number;
  end: number;
  /** The name as written. */
  text: string;
  /** As restored: the written name with the differing words replaced, capitals kept. */
  after: string;
  entry: RegistryEntry;
  /** The registry name or alias it was restored to. */
  target: string;
}

interface Word {
  text: string;
  canonical: string;
  start: number;
  end: number;
  /** Joined to the previous word by one space (no punctuation between). */
  joined: boolean;
  sentenceStart: boolean;
}

interface Target {
  entry: RegistryEntry;
  text: string;
  words: readonly string[];
  /** The words as compared (`canonicalWord`). */
  canonical: readonly string[];
}

/** `[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)*`, ASCII first (letter-classes.ts). */
const WORD = new RegExp(`${WORD_CHARACTER}+(?:['’]${LETTER}+)*`, 'gu');
/**
 * The registry's name must be this much more probable (log10) than the written one: a name
 * the model finds as likely as the registry's is a name of its own ("United States" is no
 * broken "United Nations", the British "Ministry of Defence" no broken US department).
 */
const RESTORED_NAME_MARGIN = 0.5;
/** Function words: a name's other words must carry it ("of", "the" are no anchor). */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'on', 'in', 'to', 'at', 'by', 'de']);
/** Where a source is cited just before an outlet's name. */
const CITATION_BEFORE = /(?:according to|told|reported by|cited by|quoted by|confirmed by|reports? (?:in|by)|by|in|to)\s+$/iu;
/** … or just after it. */
const CITATION_AFTER = /^[\s,]+(?:(?:he|she|it|they)\s+)?(?:also\s+)?(?:said|says|reported|reports|wrote|writes|added|adds|first reported|confirmed)\b/iu;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const between = text.slice(previousEnd, match.index);
    words.push({
      text: match[0],
      canonical: canonicalWord(match[0]),
      start: match.index,
      end: match.index + match[0].length,
      joined: words.length > 0 && between === ' ',
      sentenceStart: words.length === 0 || /[.!?:;"“]/.test(between),
    });
    previousEnd = match.index + match[0].length;
  }
  return words;
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Carries the written word's capitals over to its replacement. */
function matchCase(written: string, replacement: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return replacement.toUpperCase();
  if (capitalised(written)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

export class RegistryNames {
  readonly #model: EnglishModel;
  readonly #entries: readonly RegistryEntry[];
  /** Targets by anchor word (canonical): the names that hold it. */
  readonly #byAnchor = new Map<string, Target[]>();
  readonly #matcher: NameMatcher;
  readonly #attestation = new Map<string, Map<string, number>>();
  readonly #related = new Map<string, Set<string>>();
  /** Whether two words are thesaurus neighbours, as asked: the same pairs come up in every document. */
  readonly #neighbours = new Map<string, boolean>();

  constructor(model: EnglishModel, entries: readonly RegistryEntry[]) {
    this.#model = model;
    this.#entries = entries;
    this.#matcher = new NameMatcher(entries);
    for (const entry of entries) {
      const counts = new Map<string, number>();
      const names = [...new Set([entry.name, ...entry.aliases])];
      for (const name of names) {
        const words = wordsOf(name).map((word) => word.canonical);
        for (const word of new Set(words)) counts.set(word, (counts.get(word) ?? 0) + (name === entry.name ? 2 : 1));
        const target: Target = { entry, text: name, words: wordsOf(name).map((word) => word.text), canonical: words };
        for (const word of new Set(words)) {
          if (FUNCTION_WORDS.has(word)) continue;
          this.#byAnchor.set(word, [...(this.#byAnchor.get(word) ?? []), target]);
        }
        // A name of one content word ("The Dispatch") has no second anchor: it is found by
        // its other words ("The") only as an outlet, where a citation must agree.
        if (words.filter((word) => !FUNCTION_WORDS.has(word)).length === 1 && words.length > 1 && entry.type === 'outlet') {
          this.#byAnchor.set(words[0] ?? '', [...(this.#byAnchor.get(words[0] ?? '') ?? []), target]);
        }
      }
      this.#attestation.set(entry.id, counts);
    }
    // Company: itself, what it belongs to, and what belongs to it. Not its siblings: under
    // "US government" everything American is a sibling, and a Norland ministry beside the US
    // intelligence community is not the Admiralty.
    for (const entry of entries) {
      const company = new Set<string>([entry.id, ...entry.affiliations]);
      for (const other of entries) if (other.affiliations.includes(entry.id)) company.add(other.id);
      this.#related.set(entry.id, company);
    }
  }

  get size(): number {
    return this.#entries.length;
  }

  /** Whether a written word may stand for a registry word: capitals, spelling, or a thesaurus neighbour. */
  #standsFor(written: string, registry: string): boolean {
    const a = canonicalWord(written);
    const b = canonicalWord(registry);
    if (a === b) return true;
    const key = `${a}\u0000${b}`;
    let answer = this.#neighbours.get(key);
    if (answer === undefined) {
      const heads = (form: string) => this.#model.candidates(form).map((candidate) => candidate.split(' ').pop() ?? candidate);
      answer = heads(a).includes(b) || heads(b).includes(a);
      this.#neighbours.set(key, answer);
    }
    return answer;
  }

  /**
   * Entries named as written in a text, by id, with where: by names with a capital only ("the
   * administration" is any administration's).
   */
  mentions(text: string): Array<{ id: string; start: number; end: number }> {
    return this.#matcher
      .find(text)
      .filter((match) => /\p{Lu}/u.test(match.text))
      .map((match) => ({ id: match.target.id, start: match.start, end: match.end }));
  }

  /**
   * Repairs of the broken registry names in one paragraph, before their company is asked
   * about (`inCompany`): what the paragraph alone says, so a document reads it once.
   */
  repairs(text: string): RegistryRepair[] {
    const words = wordsOf(text);
    const repairs: RegistryRepair[] = [];
    const taken = new DisjointSpans();
    for (let index = 0; index < words.length; index += 1) {
      const anchor = words[index];
      if (!anchor) continue;
      // A function word anchors only an outlet's name ("The Dispatch"), and only capitalised.
      if (FUNCTION_WORDS.has(anchor.canonical) && !capitalised(anchor.text)) continue;
      for (const target of this.#byAnchor.get(anchor.canonical) ?? []) {
        const length = target.words.length;
        for (let at = 0; at < length; at += 1) {
          if (target.canonical[at] !== anchor.canonical) continue;
          const first = index - at;
          if (first < 0 || first + length > words.length) continue;
          // Cheap test first: all but one or two words the same.
          let differ = 0;
          for (let position = 0; position < length; position += 1) if (words[first + position]?.canonical !== target.canonical[position]) differ += 1;
          if (differ > (length >= 6 ? 2 : 1)) continue;
          const span = words.slice(first, first + length);
          if (span.some((word, position) => position > 0 && !word.joined)) continue;
          const repair = this.#repair(text, span, target);
          if (!repair || taken.overlaps(repair.start, repair.end)) continue;
          taken.add(repair.start, repair.end);
          repairs.push(repair);
        }
      }
    }
    return repairs.sort((a, b) => a.start - b.start);
  }

  #repair(text: string, span: readonly Word[], target: Target): RegistryRepair | undefined {
    const { entry } = target;
    const differing: number[] = [];
    let recased = false;
    for (const [position, word] of span.entries()) {
      const registry = target.words[position] ?? '';
      if (word.text === registry) continue;
      if (word.canonical === canonicalWord(registry)) {
        // Capitals only ("The sentinel"): a registry name's capitals are part of it, but
        // not its article's ("the Northern Times" is how a sentence names the paper).
        if (capitalised(registry) && !capitalised(word.text) && !FUNCTION_WORDS.has(word.canonical)) recased = true;
        continue;
      }
      differing.push(position);
    }
    if (differing.length === 0 && !recased) return undefined;
    if (differing.length > (span.length >= 6 ? 2 : 1)) return undefined;
    const counts = this.#attestation.get(entry.id);
    for (const position of differing) {
      const written = span[position]?.text ?? '';
      const registry = target.words[position] ?? '';
      if (FUNCTION_WORDS.has(canonicalWord(written)) || FUNCTION_WORDS.has(canonicalWord(registry))) return undefined;
      if (!this.#standsFor(written, registry)) return undefined;
      if ((counts?.get(canonicalWord(registry)) ?? 0) <= (counts?.get(canonicalWord(written)) ?? 0)) return undefined;
    }
    // A name: capitalised where no sentence starts (a mention in running text), all its
    // content words capitalised as the registry writes them save the ones being restored.
    const first = span[0];
    const last = span[span.length - 1];
    if (!first || !last) return undefined;
    // (An outlet's name that lost its capitals, "The sentinel" opening a sentence, is judged by
    // where it stands: a citation, checked below.)
    const nameLike = span.some((word) => capitalised(word.text) && !word.sentenceStart) || (recased && entry.type === 'outlet');
    if (!nameLike) return undefined;
    for (const [position, word] of span.entries()) {
      if (differing.includes(position)) continue;
      const registry = target.words[position] ?? '';
      if (capitalised(registry) && !capitalised(word.text) && !recased && !FUNCTION_WORDS.has(word.canonical)) return undefined;
    }
    // The written name must not be a name in its own right: the model finds it no likelier
    // than the registry's ("United States" is not a broken "United Nations").
    const ids = (list: readonly string[]) => list.map((word) => this.#model.idOf(canonicalWord(word)));
    const score = (list: readonly number[]) => list.reduce((sum, id, at) => sum + this.#model.logProb3ById(at > 1 ? (list[at - 2] ?? -1) : -1, at > 0 ? (list[at - 1] ?? -1) : -1, id), 0);
    if (differing.length > 0 && score(ids(target.words)) - score(ids(span.map((word) => word.text))) < RESTORED_NAME_MARGIN) return undefined;
    if (entry.type === 'outlet') {
      const before = text.slice(Math.max(0, first.start - 40), first.start);
      const after = text.slice(last.end, last.end + 40);
      if (!CITATION_BEFORE.test(before) && !CITATION_AFTER.test(after)) return undefined;
    }
    const after = span
      .map((word, position) => {
        const registry = target.words[position] ?? '';
        // A capitalised registry word is the name's own ("Record"); a lower-case one takes the text's capitals.
        if (differing.includes(position)) return capitalised(registry) ? registry : matchCase(word.text, registry);
        return capitalised(registry) && !capitalised(word.text) && !FUNCTION_WORDS.has(word.canonical) ? registry : word.text;
      })
      .reduce((joined, word, position) => (position === 0 ? word : `${joined} ${word}`), '');
    const written = text.slice(first.start, last.end);
    if (after === written) return undefined;
    return { start: first.start, end: last.end, text: written, after, entry, target: target.text };
  }

  /** Whether an actor keeps company with what the document names elsewhere (see the module comment). */
  inCompany(entry: RegistryEntry, mentioned: ReadonlySet<string>): boolean {
    if (entry.type === 'outlet') return true;
    const company = this.#related.get(entry.id);
    return company !== undefined && [...company].some((id) => mentioned.has(id));
  }
}
