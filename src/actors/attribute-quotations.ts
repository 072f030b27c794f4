/**
 * Who said each direct quotation in a source, read from the reporting structure of the
 * text around it, never guessed.
 *
 * For each quotation, in order of strength:
 * 1. a cue right after it: `“…,” Quillan told Kestrel`, `“…,” said Marrow`,
 *    `“…”, according to X`, `“…,” he said`;
 * 2. a cue before it in the same sentence: `Brandt told Varde: “…”`, `X said the move was “…”`,
 *    `X denied …, but said … “…”` (a clause with no subject of its own takes the subject
 *    of the clause it is joined to);
 * 3. a quotation standing alone as a sentence takes the speaker of the sentence before it,
 *    and a quotation that reopens a quotation left open at the end of the previous
 *    paragraph takes that one's speaker.
 * The subject of a reporting verb is the registry name nearest before it, skipping an
 * appositive (`Okafor, the Senate minority leader, said`), possessives (`Brenn's team
 * said`) and names governed by a preposition (`in a statement to the Northern Times`).
 * Pronouns (`he said`) resolve to the most recent person who spoke, or to the only person
 * named in the sentence before. An outlet is never a speaker: a quotation "according to The
 * Record" is unattributed and The Dispatch is listed as the outlet it came through. Whatever
 * the text does not establish is left unattributed, with the words that describe the
 * speaker ("officials") when there are some.
 *
 * Cost: each paragraph is read once (paragraph-view.ts), and what several quotations ask
 * (the subject of a verb, the actors of a sentence) is worked out once, so the work grows
 * with the paragraph: a sentence of 40,000 quotations must not re-read the sentence for each.
 */
import type { QuotedSpan, Span } from './quotations.ts';
import type { NameMatch, NameMatcher } from './name-matcher.ts';
import { ParagraphView } from './paragraph-view.ts';

/** How a quotation's speaker was established. */
export type AttributionBasis =
  | 'cue-after'
  | 'cue-before'
  | 'pronoun'
  | 'previous-sentence'
  | 'continued'
  | 'unattributed';

/** One direct quotation of a source, with its speaker when the text establishes one. */
export interface AttributedQuotation {
  /** 1-based paragraph number, as on the source page. */
  paragraph: number;
  /** The quoted words, without quotation marks. */
  text: string;
  /** Offsets of the quoted words in the paragraph's plain text. */
  start: number;
  end: number;
  /** Actor id of the speaker; undefined when the text does not establish one. */
  speaker?: string;
  /** How the speaker was established. */
  basis: AttributionBasis;
  /** The words around the quotation that establish or describe its speaker. */
  cue?: string;
  /** For an unattributed quotation: how the text describes the speaker ("officials"). */
  speakerPhrase?: string;
  /** Outlets named in the reporting cue ("told Kestrel", "according to The Dispatch"). */
  via: string[];
}

/** Verbs that report speech. Nouns that share a form ("states", "notes", "calls") are left out. */
const REPORTING_VERB =
  /\b(?:said|says|say|saying|told|tells|telling|added|adds|adding|stated|wrote|writes|warned|warns|warning|argued|argues|claimed|insisted|insists|confirmed|noted|explained|explains|asked|replied|responded|tweeted|posted|denied|denies|accused|accuses|accusing|called|calling|described|describing|declared|announced|acknowledged|admitted|urged|recalled|continued|concluded|remarked|commented|suggested|stressed|emphasised|emphasized|pledged|promised|vowed|complained|testified|labelled|labeled|branded|dubbed)\b/giu;
const ACCORDING_TO = /\baccording to\b/giu;
/** Where a clause starts inside a sentence. */
const CLAUSE_BOUNDARY =
  /[;:]|,\s*(?:but|and|while|although|though|whereas|yet)\b|\b(?:but|after|before|while|when|because|although|though|whereas|since|until|once)\b/giu;
const PREPOSITIONS = new Set([
  'to', 'in', 'on', 'at', 'by', 'with', 'from', 'for', 'of', 'against', 'towards', 'toward', 'into', 'about',
  'over', 'under', 'than', 'between', 'among', 'via', 'through', 'per', 'like', 'unlike', 'including', 'without',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const PERSONAL_PRONOUN = /^(?:he|she)$/iu;
const ANY_PRONOUN = /^(?:he|she|they|it|we|i)$/iu;
const SPOKESPERSON = /\b(?:spokes(?:person|man|woman)|representative|press secretary|statement)s?\s+(?:for|of|from|by)\s+(?:the\s+)?$/iu;
const SPOKESPERSON_AFTER = /^['’]s\s+(?:\w+\s+)?(?:spokes(?:person|man|woman)|representative|press secretary)\b/iu;
/** Reporting verbs at the start of the words after a quotation: ", said Marrow". */
const VERB_FIRST = new RegExp(`^(?:${REPORTING_VERB.source})\\s+`, 'iu');
/** A subject, possibly with an appositive, then a reporting verb: "Okafor, the defence secretary, said". */
const SUBJECT_FIRST = new RegExp(`^([^.;:!?]{1,120}?)\\s+(?:${REPORTING_VERB.source})`, 'iu');
/** Longest cue or speaker phrase kept, in characters: enough for any real one. */
const SHOWN = 140;

/**
 * A paragraph being attributed: its view (paragraph-view.ts) and the answers worked out for
 * it that several quotations ask for again (the subject of one verb, the speaker of one
 * sentence), kept so that each is worked out once.
 */
interface Reading {
  view: ParagraphView;
  /** For each name, the index of the last name up to it that can be the subject of a verb (-1 if none). */
  lastSubject: Int32Array;
  /** Subjects by verb: `subjectBeforeVerb`'s answers. */
  verbs: Map<string, { resolution: Resolution; from: number }>;
  /** `subjectOf`'s answers, by span. */
  subjects: Map<string, Resolution>;
  /** The actors each sentence names, for pronouns: by sentence and pronoun. */
  named: Map<string, string[]>;
  /** From a clause's tidied start: its leading modifier words and the first other word. */
  leads: Map<number, { modifiers: Span[]; other?: Span }>;
}

interface Resolution {
  /** Where the cue was: after the quotation or before it. */
  position?: 'after' | 'before';
  speaker?: string;
  basis: AttributionBasis;
  cue?: string;
  speakerPhrase?: string;
  via: string[];
  pronoun?: string;
}

function read(number: number, text: string, matcher: NameMatcher): Reading {
  const view = new ParagraphView(number, text, matcher);
  const lastSubject = new Int32Array(view.names.length);
  view.names.forEach((name, index) => {
    lastSubject[index] = canBeSubject(view, name) ? index : index > 0 ? lastSubject[index - 1]! : -1;
  });
  return { view, lastSubject, verbs: new Map(), subjects: new Map(), named: new Map(), leads: new Map() };
}

const WORD = /[\p{L}\p{N}'’-]+/gu;
const WORD_CHAR = /^[\p{L}\p{N}'’-]$/u;

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word !== '');
}

/** The first `count` words of `text`, read no further than needed. */
function firstWords(text: string, count: number): string[] {
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

/** The words of `text` from the last back, as `words` splits them, read no further than asked for. */
function* wordsFromEnd(text: string): Generator<string> {
  let end = text.length;
  while (end > 0) {
    while (end > 0 && !WORD_CHAR.test(charBefore(text, end))) end -= charBefore(text, end).length;
    if (end === 0) return;
    let start = end;
    while (start > 0 && WORD_CHAR.test(charBefore(text, start))) start -= charBefore(text, start).length;
    yield text.slice(start, end);
    end = start;
  }
}

/** The word just before an offset, lower-cased, skipping determiners. */
function governingWord(masked: string, offset: number): string {
  const before = words(masked.slice(Math.max(0, offset - 60), offset));
  let word = before.pop();
  while (word !== undefined && DETERMINERS.has(word.toLowerCase())) word = before.pop();
  return (word ?? '').toLowerCase();
}

/**
 * Can this name be the subject of a verb? Not a possessive, not the object of a
 * preposition. An organisation speaks through its spokespeople, so "a spokesman for the
 * Admiralty" or "the Admiralty's spokeswoman" is the Admiralty speaking; a person's
 * spokesperson is not the person, and stays unattributed.
 */
function canBeSubject(paragraph: ParagraphView, name: NameMatch): boolean {
  const organisation = name.target.kind !== 'person';
  if (name.possessive) return organisation && SPOKESPERSON_AFTER.test(paragraph.masked.slice(name.end, name.end + 40));
  if (SPOKESPERSON.test(paragraph.masked.slice(Math.max(0, name.start - 40), name.start))) return organisation;
  return !PREPOSITIONS.has(governingWord(paragraph.masked, name.start));
}

/** Drops a trailing appositive: "Okafor, the Senate minority leader," → "Okafor". */
function withoutAppositive(paragraph: ParagraphView, span: Span): Span {
  // The span's last character that is not white space must be a comma, and another comma before it.
  let last = span.end;
  while (last > span.start && /\s/.test(paragraph.masked.charAt(last - 1))) last -= 1;
  if (last === span.start || paragraph.masked.charAt(last - 1) !== ',') return span;
  const previousComma = paragraph.lastComma(span.start, last - 1);
  return previousComma < 0 ? span : { start: span.start, end: previousComma };
}

function clean(paragraph: ParagraphView, span: Span): string {
  return paragraph.cleaned.text(span.start, span.end);
}

/** "…" once phrases are longer than `length`, cut at a word: the end is kept (the words nearest the cue). */
function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  return `…${text.slice(text.length - length).replace(/^\S*\s/u, '')}`;
}

/** As `truncate`, keeping the start (the words right after a cue). */
function truncateEnd(text: string, length: number): string {
  if (text.length <= length) return text;
  return `${text.slice(0, length).replace(/\s\S*$/u, '')}…`;
}

/** The subject of a reporting verb, read from the words before it. */
function subjectOf(reading: Reading, span: Span): Resolution {
  const key = `${span.start}:${span.end}`;
  let resolution = reading.subjects.get(key);
  if (!resolution) {
    resolution = readSubject(reading, span);
    reading.subjects.set(key, resolution);
  }
  return resolution;
}

/** The last name wholly inside `within` that can be a subject. */
function nearestSubject(reading: Reading, within: Span): NameMatch | undefined {
  const last = reading.view.lastNameBy(within.end);
  const name = reading.view.names[last < 0 ? -1 : reading.lastSubject[last]!];
  return name && name.start >= within.start ? name : undefined;
}

function readSubject(reading: Reading, span: Span): Resolution {
  const paragraph = reading.view;
  const trimmed = withoutAppositive(paragraph, span);
  // "The assistant secretary of the agency, Jane Roe, said": the name is the appositive.
  const subject = nearestSubject(reading, trimmed) ?? (trimmed.end < span.end ? nearestSubject(reading, span) : undefined);
  const phrase = clean(paragraph, trimmed);
  if (subject?.target.type === 'actor') return { speaker: subject.target.id, basis: 'cue-before', via: [] };
  if (subject?.target.type === 'outlet') {
    // An outlet reports words; it is not their speaker.
    return { basis: 'unattributed', via: [subject.target.id], speakerPhrase: truncate(phrase, SHOWN) };
  }
  // The last word that is not an adverb or auxiliary ("he later said").
  let lastWord = '';
  for (const word of wordsFromEnd(phrase)) {
    if (isModifier(word)) continue;
    lastWord = word;
    break;
  }
  if (ANY_PRONOUN.test(lastWord)) return { basis: 'pronoun', via: [], pronoun: lastWord };
  return { basis: 'unattributed', via: [], speakerPhrase: phrase === '' ? undefined : lastWords(phrase, 8) };
}

/** The last `count` words of a tidied phrase (one space between words). */
function lastWords(text: string, count: number): string {
  let start = text.length;
  for (let found = 0; found < count && start > 0; found += 1) start = text.lastIndexOf(' ', start - 1);
  return start < 0 ? text : text.slice(start + 1);
}

/** Start of the clause that contains `offset`, within the sentence. */
function clauseStart(paragraph: ParagraphView, sentence: Span, offset: number): { start: number; coordinated: boolean } {
  const boundary = paragraph.lastMatch(CLAUSE_BOUNDARY, sentence, offset);
  if (!boundary) return { start: sentence.start, coordinated: false };
  return { start: boundary.end, coordinated: /^,?\s*(?:but|and|yet)\b/iu.test(boundary.value) };
}

/** Adverbs and auxiliaries that sit between a subject and its verb ("he later said"). */
const MODIFIERS = new Set(['also', 'then', 'later', 'still', 'again', 'earlier', 'previously', 'once', 'has', 'had', 'have', 'was', 'were', 'is', 'would', 'will', 'did', 'not', 'never']);

function isModifier(word: string): boolean {
  return /ly$/iu.test(word) || MODIFIERS.has(word.toLowerCase());
}

/**
 * The words of a clause's tidied text from `from` (in `collapsed`) on: the leading modifiers
 * and the first other word. Kept per clause start, since every verb of a long clause asks.
 */
function leadOf(reading: Reading, from: number): { modifiers: Span[]; other?: Span } {
  let lead = reading.leads.get(from);
  if (!lead) {
    const modifiers: Span[] = [];
    let other: Span | undefined;
    const pattern = new RegExp(WORD.source, WORD.flags);
    pattern.lastIndex = from;
    for (const match of reading.view.cleaned.collapsed.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (!isModifier(match[0])) {
        other = span;
        break;
      }
      modifiers.push(span);
    }
    lead = other ? { modifiers, other } : { modifiers };
    reading.leads.set(from, lead);
  }
  return lead;
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
  return cut === undefined || cut.start >= to || isModifier(reading.view.cleaned.collapsed.slice(cut.start, to));
}

/** Cue before the quotation in its sentence: the last reporting verb and its subject. */
function cueBefore(reading: Reading, sentence: Span, quotation: QuotedSpan): Resolution | undefined {
  const paragraph = reading.view;
  const end = quotation.outer.start;
  const verb = paragraph.lastMatch(REPORTING_VERB, sentence, end);
  const according = paragraph.lastMatch(ACCORDING_TO, sentence, end);
  if (according && (!verb || according.index > verb.index)) {
    const comma = paragraph.nextComma(according.end);
    const span = { start: according.end, end: comma > 0 && comma < end ? comma : end };
    return withCue(paragraph, { start: according.index, end }, resolveNamed(paragraph, span, 'cue-before'));
  }
  if (!verb) return undefined;
  const { resolution, from } = subjectBeforeVerb(reading, sentence, verb.index);
  return withCue(paragraph, { start: from, end }, resolution);
}

/**
 * The subject of the verb at `verbAt`, and where the clause that names it starts. "X denied
 * …, but said …" takes the subject of the clause it is joined to, which may be joined to
 * another: followed back verb by verb (a loop, so a long chain cannot exhaust the stack),
 * and each verb's answer kept, so a chain is followed once.
 */
function subjectBeforeVerb(reading: Reading, sentence: Span, verbAt: number): { resolution: Resolution; from: number } {
  const paragraph = reading.view;
  const key = (at: number) => `${sentence.start}:${sentence.end}:${at}`;
  const chain: number[] = [];
  let answer: { resolution: Resolution; from: number } | undefined;
  for (let at: number | undefined = verbAt; answer === undefined; ) {
    answer = reading.verbs.get(key(at));
    if (answer) break;
    chain.push(at);
    // An appositive may hold words that look like clause boundaries ("who has led the talks
    // since March"), so it is set aside before looking for where the clause starts.
    const beforeAppositive = withoutAppositive(paragraph, { start: sentence.start, end: at }).end;
    const clause = clauseStart(paragraph, sentence, beforeAppositive);
    const span = { start: clause.start, end: at };
    if (clause.coordinated && hasNoSubject(reading, span)) {
      const previousEnd = paragraph.lastMatch(CLAUSE_BOUNDARY, sentence, at)?.index ?? clause.start;
      const previousVerb = paragraph.lastMatch(REPORTING_VERB, sentence, previousEnd);
      if (previousVerb) {
        at = previousVerb.index;
        continue;
      }
      const first = firstSubjectIn(reading, { start: sentence.start, end: previousEnd });
      if (first?.target.type === 'actor') {
        answer = { resolution: { speaker: first.target.id, basis: 'cue-before', via: [] }, from: clauseStart(paragraph, sentence, first.start).start };
        break;
      }
    }
    answer = { resolution: subjectOf(reading, span), from: clause.start };
  }
  for (const at of chain) reading.verbs.set(key(at), answer);
  return answer;
}

/** The first name wholly inside `span` that can be a subject. */
function firstSubjectIn(reading: Reading, span: Span): NameMatch | undefined {
  const { names } = reading.view;
  for (let index = reading.view.firstNameFrom(span.start); index < names.length && names[index]!.end <= span.end; index += 1) {
    if (reading.lastSubject[index] === index) return names[index];
  }
  return undefined;
}

/** "according to X", "said X": the name is the words right after the cue. */
function resolveNamed(paragraph: ParagraphView, span: Span, basis: 'cue-before' | 'cue-after'): Resolution {
  const name = paragraph.firstNameIn(span);
  const phrase = clean(paragraph, span);
  if (name?.target.type === 'actor' && !name.possessive) return { speaker: name.target.id, basis, via: [] };
  if (name?.target.type === 'outlet') return { basis: 'unattributed', via: [name.target.id], speakerPhrase: truncateEnd(phrase, SHOWN) };
  const [firstWord = '', second] = firstWords(phrase, 2);
  if (ANY_PRONOUN.test(firstWord) && second === undefined) return { basis: 'pronoun', via: [], pronoun: firstWord };
  return { basis: 'unattributed', via: [], speakerPhrase: phrase === '' ? undefined : truncateEnd(phrase, SHOWN) };
}

function isAfterCue(resolution: Resolution): boolean {
  return resolution.position === 'after';
}

/** Cue after the quotation: `, X said`, `, said X`, `, according to X`, up to the sentence's end. */
function cueAfter(reading: Reading, sentence: Span, quotation: QuotedSpan, nextQuotation: number): Resolution | undefined {
  const resolution = readCueAfter(reading, sentence, quotation, nextQuotation);
  return resolution ? { ...resolution, position: 'after' } : undefined;
}

function readCueAfter(reading: Reading, sentence: Span, quotation: QuotedSpan, nextQuotation: number): Resolution | undefined {
  const paragraph = reading.view;
  const start = quotation.outer.end;
  const end = Math.min(sentence.end, nextQuotation);
  const lead = /^[\s,.!?;:–—-]*/u.exec(paragraph.masked.slice(start, end))?.[0].length ?? 0;
  const from = start + lead;
  const after = paragraph.masked.slice(from, end);
  const clauseEnd = (offset: number) => {
    const stop = /[,.;:!?]/u.exec(paragraph.masked.slice(offset, end));
    return stop ? offset + stop.index : end;
  };
  const according = /^according to\s+/iu.exec(after);
  if (according) {
    const nameStart = from + according[0].length;
    return withCue(paragraph, { start: from, end: clauseEnd(nameStart) }, resolveNamed(paragraph, { start: nameStart, end: clauseEnd(nameStart) }, 'cue-after'));
  }
  const verbFirst = VERB_FIRST.exec(after);
  if (verbFirst) {
    const nameStart = from + verbFirst[0].length;
    const resolution = resolveNamed(paragraph, { start: nameStart, end: clauseEnd(nameStart) }, 'cue-after');
    return withCue(paragraph, { start: from, end: clauseEnd(nameStart) }, resolution);
  }
  // "…,” Okafor, the defence secretary, said": the subject may carry an appositive.
  const subjectFirst = SUBJECT_FIRST.exec(after);
  if (subjectFirst && words(subjectFirst[1] ?? '').length <= 14) {
    const subjectEnd = from + (subjectFirst[1] ?? '').length;
    const resolution = subjectOf(reading, { start: from, end: subjectEnd });
    return withCue(paragraph, { start: from, end: clauseEnd(from + subjectFirst[0].length) }, {
      ...resolution,
      basis: resolution.basis === 'cue-before' ? 'cue-after' : resolution.basis,
    });
  }
  return undefined;
}

/** Adds the cue's words and the outlets they name. */
function withCue(paragraph: ParagraphView, span: Span, resolution: Resolution): Resolution {
  const via = [...new Set([...resolution.via, ...paragraph.outletsIn(span)])];
  const cue = withoutTrailingEllipsis(clean(paragraph, span));
  return { ...resolution, via, cue: cue === '' ? undefined : truncate(cue, SHOWN) };
}

/** Drops white space and one "…" at the end (what /\s*…?\s*$/u matches), reading only the end. */
function withoutTrailingEllipsis(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end -= 1;
  if (text.charAt(end - 1) === '…') {
    end -= 1;
    while (end > 0 && /\s/u.test(text.charAt(end - 1))) end -= 1;
  }
  return text.slice(0, end);
}

interface Spoken {
  speaker: string;
  kind: string;
}

/**
 * Attributes every quotation in a source's paragraphs (plain text, as numbered on its page).
 * `kindOf` gives an actor's kind, so "he" and "she" only resolve to people.
 */
export function attributeQuotations(
  paragraphs: readonly string[],
  matcher: NameMatcher,
  kindOf: (actorId: string) => string | undefined,
): AttributedQuotation[] {
  const result: AttributedQuotation[] = [];
  let lastSpoken: Spoken | undefined;
  let previous: { reading: Reading; lastQuotationOpen: boolean; lastSpeaker?: string } | undefined;

  paragraphs.forEach((text, index) => {
    const reading = read(index + 1, text, matcher);
    const paragraph = reading.view;
    const sentenceOf = (position: number) => paragraph.sentenceOfQuotation[position]!;
    const { quotations } = paragraph;

    // First the cues each quotation has of its own…
    const cues = quotations.map((quotation, position) => {
      const sentence = paragraph.sentences[sentenceOf(position)] ?? { start: 0, end: text.length };
      const next = quotations[position + 1]?.outer.start ?? text.length;
      return cueAfter(reading, sentence, quotation, next) ?? cueBefore(reading, sentence, quotation);
    });
    // …then "“A” and “B,” she said": a quotation with no cue shares the cue after a later
    // quotation of the same sentence (the nearest, found walking back from the last)…
    const sibling: number[] = new Array<number>(quotations.length).fill(-1);
    for (let position = quotations.length - 2; position >= 0; position -= 1) {
      const next = position + 1;
      const cue = cues[next];
      const shares = cue?.basis !== undefined && cue.cue !== undefined && isAfterCue(cue);
      const sameSentence = sentenceOf(next) === sentenceOf(position);
      sibling[position] = !sameSentence ? -1 : shares ? next : sibling[next]!;
    }
    quotations.forEach((_, position) => {
      if (cues[position] || sibling[position]! < 0) return;
      cues[position] = { ...cues[sibling[position]!]! };
    });
    // …and last, in reading order, what depends on who spoke before: pronouns, quotations
    // standing alone, and quotations continued from the paragraph before.
    const resolutions: Resolution[] = [];
    quotations.forEach((quotation, position) => {
      const sentenceIndex = sentenceOf(position);
      const sentence = paragraph.sentences[sentenceIndex] ?? { start: 0, end: text.length };
      let resolution = cues[position];
      if (resolution?.basis === 'pronoun') {
        resolution = resolvePronoun(resolution, reading, sentenceIndex, lastSpoken, previous?.reading, kindOf);
      }
      if (!resolution) {
        const standsAlone = clean(paragraph, { start: sentence.start, end: quotation.outer.start }) === '';
        if (position === 0 && quotation.outer.start === 0 && previous?.lastQuotationOpen && previous.lastSpeaker) {
          resolution = { speaker: previous.lastSpeaker, basis: 'continued', via: [] };
        } else if (standsAlone) {
          resolution = previousSentenceSpeaker(reading, sentenceIndex, resolutions, previous?.reading, lastSpoken);
        }
      }
      const settled = resolution ?? { basis: 'unattributed', via: [] };
      if (settled.speaker) lastSpoken = { speaker: settled.speaker, kind: kindOf(settled.speaker) ?? '' };
      resolutions.push(settled);
    });

    quotations.forEach((quotation, position) => {
      const resolution = resolutions[position]!;
      const speaker = resolution.speaker;
      const inner = quotedWords(text, quotation);
      result.push({
        paragraph: paragraph.number,
        ...inner,
        ...(speaker ? { speaker } : {}),
        basis: speaker ? resolution.basis : 'unattributed',
        ...(resolution.cue ? { cue: resolution.cue } : {}),
        ...(!speaker && resolution.speakerPhrase ? { speakerPhrase: resolution.speakerPhrase } : {}),
        via: resolution.via,
      });
    });
    const lastQuotation = quotations.at(-1);
    previous = {
      reading,
      lastQuotationOpen: lastQuotation?.open ?? false,
      ...(resolutions.at(-1)?.speaker ? { lastSpeaker: resolutions.at(-1)!.speaker } : {}),
    };
  });
  return result;
}

/** The quoted words without surrounding space or the comma news style puts inside the marks. */
function quotedWords(text: string, quotation: QuotedSpan): { text: string; start: number; end: number } {
  let { start, end } = quotation.inner;
  while (start < end && /\s/u.test(text.charAt(start))) start += 1;
  while (end > start && /[\s,]/u.test(text.charAt(end - 1))) end -= 1;
  return { text: text.slice(start, end), start, end };
}

function isPersonKind(kind: string | undefined): boolean {
  return kind === 'person';
}

/** "he said": the last person who spoke, or else the only person named in the sentence before. */
function resolvePronoun(
  resolution: Resolution,
  reading: Reading,
  sentenceIndex: number,
  lastSpoken: Spoken | undefined,
  previousParagraph: Reading | undefined,
  kindOf: (actorId: string) => string | undefined,
): Resolution {
  const personal = PERSONAL_PRONOUN.test(resolution.pronoun ?? '');
  const fits = (kind: string | undefined) => (personal ? isPersonKind(kind) : kind !== undefined);
  const earlier = sentenceBefore(reading, sentenceIndex, previousParagraph);
  if (earlier) {
    const named = namedIn(earlier.reading, earlier.span, personal, fits, kindOf);
    if (lastSpoken && fits(lastSpoken.kind) && (named.length === 0 || named.includes(lastSpoken.speaker))) {
      return { ...resolution, speaker: lastSpoken.speaker, basis: 'pronoun' };
    }
    if (named.length === 1) return { ...resolution, speaker: named[0], basis: 'pronoun' };
  }
  return { ...resolution, basis: 'unattributed', speakerPhrase: resolution.pronoun };
}

/** The actors a sentence names (not as possessives) that a pronoun can stand for; kept per sentence. */
function namedIn(
  reading: Reading,
  span: Span,
  personal: boolean,
  fits: (kind: string | undefined) => boolean,
  kindOf: (actorId: string) => string | undefined,
): string[] {
  const key = `${span.start}:${span.end}:${personal}`;
  let named = reading.named.get(key);
  if (!named) {
    const { names } = reading.view;
    const ids = new Set<string>();
    for (let index = reading.view.firstNameFrom(span.start); index < names.length && names[index]!.end <= span.end; index += 1) {
      const name = names[index]!;
      if (name.target.type === 'actor' && !name.possessive && fits(kindOf(name.target.id))) ids.add(name.target.id);
    }
    named = [...ids];
    reading.named.set(key, named);
  }
  return named;
}

function sentenceBefore(
  reading: Reading,
  sentenceIndex: number,
  previousParagraph: Reading | undefined,
): { reading: Reading; span: Span; index: number } | undefined {
  if (sentenceIndex > 0) return { reading, span: reading.view.sentences[sentenceIndex - 1]!, index: sentenceIndex - 1 };
  const sentences = previousParagraph?.view.sentences;
  const last = sentences?.at(-1);
  return previousParagraph && sentences && last ? { reading: previousParagraph, span: last, index: sentences.length - 1 } : undefined;
}

/** A quotation standing alone takes the speaker established in the sentence before it. */
function previousSentenceSpeaker(
  reading: Reading,
  sentenceIndex: number,
  resolutionsSoFar: readonly Resolution[],
  previousParagraph: Reading | undefined,
  lastSpoken: Spoken | undefined,
): Resolution | undefined {
  const earlier = sentenceBefore(reading, sentenceIndex, previousParagraph);
  if (!earlier) return undefined;
  const { reading: earlierReading, span } = earlier;
  const earlierView = earlierReading.view;
  const [first, end] = earlierView.quotationsOf(earlier.index);
  // A quotation in that sentence with a speaker: the same person goes on.
  const quoted = earlierReading === reading && end > first ? end - 1 : -1;
  const quotedSpeaker = quoted >= 0 ? resolutionsSoFar[quoted]?.speaker : undefined;
  if (quotedSpeaker) return { speaker: quotedSpeaker, basis: 'previous-sentence', via: [] };
  const lastQuotationThere = end > first;
  if (earlierReading !== reading && lastQuotationThere && lastSpoken) {
    return { speaker: lastSpoken.speaker, basis: 'previous-sentence', via: [] };
  }
  // "Marrow said:" or "Marrow defended the order." — a reporting verb with a named subject.
  const verb = earlierView.lastMatch(REPORTING_VERB, span, span.end);
  if (verb) {
    const subject = subjectBeforeVerb(earlierReading, span, verb.index).resolution;
    if (subject.speaker) return { speaker: subject.speaker, basis: 'previous-sentence', via: subject.via };
  }
  if (introduces(earlierView, span)) {
    const subject = subjectOf(earlierReading, { start: span.start, end: span.end });
    if (subject.speaker) return { speaker: subject.speaker, basis: 'previous-sentence', via: [] };
  }
  return undefined;
}

/** Whether a sentence ends with a colon (what /:\s*$/u matches), reading only its end. */
function introduces(paragraph: ParagraphView, span: Span): boolean {
  let end = span.end;
  while (end > span.start && /\s/u.test(paragraph.masked.charAt(end - 1))) end -= 1;
  return end > span.start && paragraph.masked.charAt(end - 1) === ':';
}
