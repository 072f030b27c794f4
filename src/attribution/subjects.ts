/**
 * Who a reporting verb's subject is, read from the words before it ("Reyes, the defence
 * minister, said"), or from the words after a verb that comes first ("said Reyes") or after
 * "according to". Shared by the cue strategies; every answer is kept per paragraph (reading.ts),
 * so a long chain of clauses or a sentence of thousands of quotations is read once.
 *
 * The subject is the registry name, or the name written in capitals the registry does not
 * have (written-names.ts), nearest before the verb, skipping an appositive ("Osei, who chairs
 * the committee, said"), possessives ("Tidewater’s chief executive said") and names governed
 * by a preposition ("in a statement to the Harbour Gazette", "as Kessmark continues"). An
 * organisation speaks through its spokespeople ("a spokeswoman for the Port Authority"); a
 * person's spokesperson is not the person. A pronoun nearer the verb than any name is the
 * subject ("what she called"), left for the pronoun strategy. What the text does not
 * establish is no one: two names joined by "and", a name inside a relative clause ("officials
 * who met Reyes said"), a name far from its verb, a surname the source also gives to someone
 * the registry does not know ("Carla Reyes" … "Reyes said").
 */
import type { NameMatch } from '../actors/name-matcher.ts';
import type { Span } from '../language/language.ts';
import type { ParagraphView } from './paragraph-view.ts';
import type { Reading } from './reading.ts';
import type { Speaker } from './types.ts';
import {
  CLAUSE_BOUNDARY,
  COORDINATING_BOUNDARY,
  DETERMINER,
  PREPOSITION,
  REPORTING_VERB,
  RELATIVE_PRONOUN,
  SPOKESPERSON_AFTER,
  SPOKESPERSON_BEFORE,
  isIntervener,
  pronounReach,
} from './vocabulary.ts';
import type { WrittenName } from './written-names.ts';

/** What the words around a reporting verb say of its subject. */
export interface Subject {
  /** The speaker they name, when they name one. */
  speaker?: Speaker;
  /** A subject pronoun, for the pronoun strategy to resolve, and where it stands. */
  pronoun?: string;
  pronounAt?: number;
  /** How they describe a speaker they do not name ("officials", "Tidewater’s chief executive"). */
  speakerPhrase?: string;
  /** Outlets named as the subject: they carried the words, they did not say them. */
  via: string[];
}

/**
 * Names the source introduced earlier in full, by the word it refers back to them with
 * ("Lindqvist" for "Greta Lindqvist"): the full name, null when two names share the word, or
 * undefined when none has it. `before` bounds the current paragraph's names.
 */
export interface IntroducedNames {
  lookup(word: string, reading: Reading, before: number): string | null | undefined;
}

/** Longest cue or speaker phrase kept, in characters: enough for any real one. */
export const SHOWN = 140;
/** Farthest a subject stands from its verb, in characters, appositive aside ("Reyes on Monday evening said"). */
const SUBJECT_REACH = 120;

const WORD = /[\p{L}\p{N}'’-]+/gu;
const WORD_CHAR = /^[\p{L}\p{N}'’-]$/u;

export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word !== '');
}

/** The first `count` words of `text`, read no further than needed. */
export function firstWords(text: string, count: number): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(WORD)) {
    if (found.length === count) break;
    found.push(match[0]);
  }
  return found;
}

/** The character (a whole code point) that ends at `end`. */
function charBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(end - 2, end) : text.charAt(end - 1);
}

/** The words of `text` from the last back, with where each starts, read no further than asked for. */
function* wordsFromEnd(text: string): Generator<{ word: string; start: number }> {
  let end = text.length;
  while (end > 0) {
    while (end > 0 && !WORD_CHAR.test(charBefore(text, end))) end -= charBefore(text, end).length;
    if (end === 0) return;
    let start = end;
    while (start > 0 && WORD_CHAR.test(charBefore(text, start))) start -= charBefore(text, start).length;
    yield { word: text.slice(start, end), start };
    end = start;
  }
}

/**
 * The word just before an offset, lower-cased, skipping determiners; none when punctuation or
 * a quotation stands between ("Writing in “The Review”, Addo argued": "in" governs the title).
 */
function governingWord(masked: string, offset: number): string {
  let before = masked.slice(Math.max(0, offset - 60), offset);
  for (;;) {
    const last = /([\p{L}\p{N}'’-]+)\s+$/u.exec(before);
    if (!last) return '';
    const word = last[1]!.toLowerCase();
    if (!DETERMINER.has(word)) return word;
    before = before.slice(0, last.index);
  }
}

/**
 * Can this registry name be the subject of a verb? Not a possessive, not the object of a
 * preposition; an organisation's spokesperson speaks for it ("a spokesman for the Harbour Authority",
 * "the Harbour Authority's spokeswoman"), a person's does not.
 */
export function canBeSubject(view: ParagraphView, name: NameMatch): boolean {
  const organisation = name.target.kind !== 'person';
  if (name.possessive) return organisation && SPOKESPERSON_AFTER.test(view.masked.slice(name.end, name.end + 40));
  if (SPOKESPERSON_BEFORE.test(view.masked.slice(Math.max(0, name.start - 40), name.start))) return organisation;
  return !PREPOSITION.has(governingWord(view.masked, name.start));
}

/** Can this written name be a subject? Not a possessive, not a description, not a preposition's object. */
function writtenNameCanBeSubject(view: ParagraphView, name: WrittenName): boolean {
  return !name.possessive && !name.described && !PREPOSITION.has(governingWord(view.masked, name.start));
}

/** For each registry name, the index of the last name up to it that can be a subject; worked out once per paragraph. */
function lastSubjects(reading: Reading): Int32Array {
  if (!reading.lastSubject) {
    const { view } = reading;
    const last = new Int32Array(view.names.length);
    view.names.forEach((name, index) => {
      last[index] = canBeSubject(view, name) ? index : index > 0 ? last[index - 1]! : -1;
    });
    reading.lastSubject = last;
  }
  return reading.lastSubject;
}

/** Drops a trailing appositive: "Okafor, the council's deputy leader," → "Okafor". */
export function withoutAppositive(view: ParagraphView, span: Span): Span {
  let last = span.end;
  while (last > span.start && /\s/.test(view.masked.charAt(last - 1))) last -= 1;
  if (last === span.start || view.masked.charAt(last - 1) !== ',') return span;
  const previousComma = view.lastComma(span.start, last - 1);
  return previousComma < 0 ? span : { start: span.start, end: previousComma };
}

export function clean(view: ParagraphView, span: Span): string {
  return view.cleaned.text(span.start, span.end);
}

/** "…" once phrases are longer than `length`, cut at a word: the end is kept (the words nearest the cue). */
export function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  return `…${text.slice(text.length - length).replace(/^\S*\s/u, '')}`;
}

/** As `truncate`, keeping the start (the words right after a cue). */
export function truncateEnd(text: string, length: number): string {
  if (text.length <= length) return text;
  return `${text.slice(0, length).replace(/\s\S*$/u, '')}…`;
}

/** The last `count` words of a tidied phrase (one space between words). */
function lastWords(text: string, count: number): string {
  let start = text.length;
  for (let found = 0; found < count && start > 0; found += 1) start = text.lastIndexOf(' ', start - 1);
  return start < 0 ? text : text.slice(start + 1);
}

/** The last registry name wholly inside `within` that can be a subject. */
function nearestSubject(reading: Reading, within: Span): NameMatch | undefined {
  const last = reading.view.lastNameBy(within.end);
  const name = reading.view.names[last < 0 ? -1 : lastSubjects(reading)[last]!];
  return name && name.start >= within.start ? name : undefined;
}

/** The last written name wholly inside `within` that can be a subject (looked at among the last few). */
function nearestWrittenSubject(reading: Reading, within: Span): WrittenName | undefined {
  for (let index = reading.lastWrittenNameBy(within.end), looked = 0; index >= 0 && looked < 4; index -= 1, looked += 1) {
    const name = reading.writtenNames[index]!;
    if (name.start < within.start) return undefined;
    if (writtenNameCanBeSubject(reading.view, name)) return name;
  }
  return undefined;
}

/**
 * Whether the words around a subject at [start, end) before a verb at `verbAt` make it doubtful,
 * reading no further back than `from` (where its clause starts): too far from the verb; "and"
 * starting another clause between them ("Reyes left the port and officials said"), while "and"
 * right before the verb shares the subject ("Smith criticised the order and called it"); a
 * relative pronoun between them ("Varga spoke to Reyes, who called it"); "and" just before the
 * name ("Reyes and Varga said"); or a relative pronoun just before it ("officials who met
 * Reyes said").
 */
function doubtfulSubject(view: ParagraphView, from: number, start: number, end: number, verbAt: number): boolean {
  if (verbAt - end > SUBJECT_REACH) return true;
  const between = view.masked.slice(end, verbAt);
  // "Varga spoke to Reyes, who called it": the verb is the relative clause's.
  if (words(between).some((word) => RELATIVE_PRONOUN.has(word.toLowerCase()))) return true;
  const joined = /(?:^|\s)(?:and|or|&)\s/giu;
  let afterJoin: number | undefined;
  for (const match of between.matchAll(joined)) afterJoin = match.index + match[0].length;
  if (afterJoin !== undefined && !words(between.slice(afterJoin)).every(isIntervener)) return true;
  const before = words(view.masked.slice(Math.max(from, start - 50), start)).slice(-6);
  if (before.some((word) => RELATIVE_PRONOUN.has(word.toLowerCase()))) return true;
  const previous = before.at(-1)?.toLowerCase();
  return previous === 'and' || previous === 'or';
}

/** The subject of a reporting verb, read from the words before it (`span` ends where the verb starts). */
export function subjectOf(reading: Reading, span: Span, introduced: IntroducedNames): Subject {
  return reading.remember('subject', `${span.start}:${span.end}`, () => readSubject(reading, span, introduced));
}

function readSubject(reading: Reading, span: Span, introduced: IntroducedNames): Subject {
  const view = reading.view;
  const trimmed = withoutAppositive(view, span);
  // "The assistant secretary of the agency, Jane Roe, said": the name is the appositive.
  let registry = nearestSubject(reading, trimmed);
  let written = nearestWrittenSubject(reading, trimmed);
  if (!registry && !written && trimmed.end < span.end) {
    registry = nearestSubject(reading, span);
    written = nearestWrittenSubject(reading, span);
  }
  const phrase = clean(view, trimmed);
  const described = (): Subject => ({ via: [], ...(phrase === '' ? {} : { speakerPhrase: lastWords(phrase, 8) }) });
  // The head: the last word that is not an adverb or auxiliary ("he later said").
  let head: { word: string; start: number } | undefined;
  const headText = view.masked.slice(Math.max(trimmed.start, trimmed.end - 200), trimmed.end);
  const headBase = trimmed.end - headText.length;
  for (const found of wordsFromEnd(headText)) {
    if (isIntervener(found.word)) continue;
    head = { word: found.word, start: headBase + found.start };
    break;
  }
  const nameEnd = Math.max(registry?.end ?? -1, written?.end ?? -1);
  if (head && pronounReach(head.word) !== undefined && head.start >= nameEnd) return { via: [], pronoun: head.word, pronounAt: head.start };
  const verbAt = span.end;
  if (written && written.end > (registry?.end ?? -1)) {
    if (doubtfulSubject(view, span.start, written.start, written.end, trimmed.end === span.end ? verbAt : trimmed.end)) return described();
    return { speaker: { type: 'as-written', name: written.text }, via: [] };
  }
  if (registry) {
    if (doubtfulSubject(view, span.start, registry.start, registry.end, trimmed.end === span.end ? verbAt : trimmed.end)) return described();
    if (registry.target.type === 'outlet') {
      // An outlet reports words; it is not their speaker.
      return { via: [registry.target.id], speakerPhrase: truncate(phrase, SHOWN) };
    }
    // "Reyes said" where the source also named a "Carla Reyes": not established.
    if (!/\s/u.test(registry.text) && introduced.lookup(registry.text, reading, registry.start) !== undefined) return described();
    return { speaker: { type: 'actor', id: registry.target.id }, via: [] };
  }
  // "Lindqvist said", where the source named "Greta Lindqvist" before.
  if (head && head.start + head.word.length === trimmed.end && !PREPOSITION.has(governingWord(view.masked, head.start))) {
    const full = introduced.lookup(head.word, reading, head.start);
    if (typeof full === 'string') return { speaker: { type: 'as-written', name: full }, via: [] };
  }
  return described();
}

/** Start of the clause that contains `offset`, within the sentence. */
export function clauseStart(view: ParagraphView, sentence: Span, offset: number): { start: number; coordinated: boolean } {
  const boundary = view.lastMatch(CLAUSE_BOUNDARY, sentence, offset);
  if (!boundary) return { start: sentence.start, coordinated: false };
  return { start: boundary.end, coordinated: COORDINATING_BOUNDARY.test(boundary.value) };
}

/**
 * The words of a clause's tidied text from `from` (in `collapsed`) on: the leading modifier
 * words and the first other word. Kept per clause start, since every verb of a long clause asks.
 */
function leadOf(reading: Reading, from: number): { modifiers: Span[]; other?: Span } {
  return reading.remember('lead', from, () => {
    const modifiers: Span[] = [];
    const pattern = new RegExp(WORD.source, WORD.flags);
    pattern.lastIndex = from;
    for (const match of reading.view.cleaned.collapsed.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (!isIntervener(match[0])) return { modifiers, other: span };
      modifiers.push(span);
    }
    return { modifiers };
  });
}

/**
 * A clause without a subject of its own ("…, but added:") or one that is only adverbs: every
 * word of its tidied text is a modifier. Read from the clause's leading words (`leadOf`),
 * with the word the span's end cuts, if any, judged as cut.
 */
function hasNoSubject(reading: Reading, span: Span): boolean {
  const { from, to } = reading.view.cleaned.bounds(span.start, span.end);
  if (from >= to) return true;
  const lead = leadOf(reading, from);
  if (lead.other && lead.other.end <= to) return false;
  // The word the span's end falls inside, if any: the first to end after it.
  let low = 0;
  let high = lead.modifiers.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (lead.modifiers[middle]!.end > to) high = middle;
    else low = middle + 1;
  }
  const cut = lead.modifiers[low] ?? lead.other;
  return cut === undefined || cut.start >= to || isIntervener(reading.view.cleaned.collapsed.slice(cut.start, to));
}

/** The first registry name wholly inside `span` that can be a subject. */
function firstSubjectIn(reading: Reading, span: Span): NameMatch | undefined {
  const { names } = reading.view;
  const last = lastSubjects(reading);
  for (let index = reading.view.firstNameFrom(span.start); index < names.length && names[index]!.end <= span.end; index += 1) {
    if (last[index] === index) return names[index];
  }
  return undefined;
}

/**
 * The subject of the verb at `verbAt`, and where the clause that names it starts. "X denied
 * …, but said …" takes the subject of the clause it is joined to, which may be joined to
 * another: followed back verb by verb (a loop, so a long chain cannot exhaust the stack),
 * and each verb's answer kept, so a chain is followed once.
 */
export function subjectBeforeVerb(reading: Reading, sentence: Span, verbAt: number, introduced: IntroducedNames): { subject: Subject; from: number } {
  const view = reading.view;
  const verbs = reading.answers<{ subject: Subject; from: number }>('verb');
  const key = (at: number) => `${sentence.start}:${sentence.end}:${at}`;
  const chain: number[] = [];
  let answer: { subject: Subject; from: number } | undefined;
  for (let at: number = verbAt; answer === undefined; ) {
    answer = verbs.get(key(at));
    if (answer) break;
    chain.push(at);
    // An appositive may hold words that look like clause boundaries ("who has led the talks
    // since March"), so it is set aside before looking for where the clause starts.
    const beforeAppositive = withoutAppositive(view, { start: sentence.start, end: at }).end;
    const clause = clauseStart(view, sentence, beforeAppositive);
    const span = { start: clause.start, end: at };
    if (clause.coordinated && hasNoSubject(reading, span)) {
      const previousEnd = view.lastMatch(CLAUSE_BOUNDARY, sentence, at)?.index ?? clause.start;
      // The clause joined to is led by its first reporting verb ("Moreau denied that Kessmark
      // had asked …, but said"), else the last one before it.
      const previousStart = clauseStart(view, sentence, previousEnd).start;
      const previousVerb = view.firstMatch(REPORTING_VERB, sentence, previousStart, previousEnd) ?? view.lastMatch(REPORTING_VERB, sentence, previousEnd);
      if (previousVerb) {
        at = previousVerb.index;
        continue;
      }
      const first = firstSubjectIn(reading, { start: sentence.start, end: previousEnd });
      if (first?.target.type === 'actor') {
        answer = { subject: { speaker: { type: 'actor', id: first.target.id }, via: [] }, from: clauseStart(view, sentence, first.start).start };
        break;
      }
    }
    answer = { subject: subjectOf(reading, span, introduced), from: clause.start };
  }
  for (const at of chain) verbs.set(key(at), answer);
  return answer;
}

/**
 * "said X", "according to X": the name is the words right after the cue, up to the clause's
 * end. `governed` is true after "according to", where the preposition is the cue itself.
 */
export function namedAfter(reading: Reading, span: Span, governed: boolean, introduced: IntroducedNames): Subject {
  const view = reading.view;
  const phrase = clean(view, span);
  const name = view.firstNameIn(span);
  const written = reading.writtenNamesIn(span)[0];
  const first = name && written ? (name.start < written.start ? name : written) : (name ?? written);
  if (name && first === name) {
    if (name.target.type === 'outlet') return { via: [name.target.id], speakerPhrase: truncateEnd(phrase, SHOWN) };
    if (governed ? !name.possessive : canBeSubject(view, name)) {
      // "said Reyes" where the source also named a "Carla Reyes": not established.
      if (!/\s/u.test(name.text) && introduced.lookup(name.text, reading, name.start) !== undefined) return { via: [], speakerPhrase: truncateEnd(phrase, SHOWN) };
      return { speaker: { type: 'actor', id: name.target.id }, via: [] };
    }
  }
  if (written && first === written && (governed ? !written.possessive : writtenNameCanBeSubject(view, written))) {
    return { speaker: { type: 'as-written', name: written.text }, via: [] };
  }
  const [firstWord = '', second] = firstWords(phrase, 2);
  if (pronounReach(firstWord) !== undefined && second === undefined) return { via: [], pronoun: firstWord, pronounAt: span.start };
  if (firstWord !== '' && second === undefined) {
    const full = introduced.lookup(firstWord, reading, span.start);
    if (typeof full === 'string') return { speaker: { type: 'as-written', name: full }, via: [] };
  }
  return { via: [], ...(phrase === '' ? {} : { speakerPhrase: truncateEnd(phrase, SHOWN) }) };
}
