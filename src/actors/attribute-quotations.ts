/**
 * Who said each direct quotation in a source, read from the reporting structure of the
 * text around it, never guessed.
 *
 * For each quotation, in order of strength:
 * 1. a cue right after it: `“…,” McLaughlin told TechCrunch`, `“…,” said Hegseth`,
 *    `“…”, according to X`, `“…,” he said`;
 * 2. a cue before it in the same sentence: `Rubio told ABC: “…”`, `X said the move was “…”`,
 *    `X denied …, but said … “…”` (a clause with no subject of its own takes the subject
 *    of the clause it is joined to);
 * 3. a quotation standing alone as a sentence takes the speaker of the sentence before it,
 *    and a quotation that reopens a quotation left open at the end of the previous
 *    paragraph takes that one's speaker.
 * The subject of a reporting verb is the registry name nearest before it, skipping an
 * appositive (`Schumer, the Senate minority leader, said`), possessives (`Trump's team
 * said`) and names governed by a preposition (`in a statement to the New York Times`).
 * Pronouns (`he said`) resolve to the most recent person who spoke, or to the only person
 * named in the sentence before. An outlet is never a speaker: a quotation "according to The
 * Record" is unattributed and The Record is listed as the outlet it came through. Whatever
 * the text does not establish is left unattributed, with the words that describe the
 * speaker ("officials") when there are some.
 */
import { findQuotations, splitSentences, type QuotedSpan, type Span } from './quotations.ts';
import type { NameMatch, NameMatcher } from './name-matcher.ts';

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
  /** Outlets named in the reporting cue ("told TechCrunch", "according to The Record"). */
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
/** Characters a quotation is masked with, so cue patterns never read inside it. */
const MASK = '\u2063';

interface ParagraphView {
  number: number;
  text: string;
  /** The text with every quotation blanked out, same length. */
  masked: string;
  quotations: QuotedSpan[];
  sentences: Span[];
  /** Registry names outside quotations. */
  names: NameMatch[];
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

function view(number: number, text: string, matcher: NameMatcher): ParagraphView {
  const quotations = findQuotations(text);
  let masked = text;
  for (const quotation of quotations) {
    const { start, end } = quotation.outer;
    masked = masked.slice(0, start) + MASK.repeat(end - start) + masked.slice(end);
  }
  const inQuotation = (offset: number) => quotations.some((q) => offset >= q.outer.start && offset < q.outer.end);
  const names = matcher.find(text).filter((name) => !inQuotation(name.start));
  return { number, text, masked, quotations, sentences: splitSentences(text, quotations), names };
}

function lastMatch(pattern: RegExp, text: string, from: number, to: number): { index: number; end: number; value: string } | undefined {
  let found: { index: number; end: number; value: string } | undefined;
  for (const match of text.slice(from, to).matchAll(pattern)) {
    found = { index: from + match.index, end: from + match.index + match[0].length, value: match[0] };
  }
  return found;
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word !== '');
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
 * Pentagon" or "the Pentagon's spokeswoman" is the Pentagon speaking; a person's
 * spokesperson is not the person, and stays unattributed.
 */
function canBeSubject(paragraph: ParagraphView, name: NameMatch): boolean {
  const organisation = name.target.kind !== 'person';
  if (name.possessive) return organisation && SPOKESPERSON_AFTER.test(paragraph.masked.slice(name.end, name.end + 40));
  if (SPOKESPERSON.test(paragraph.masked.slice(Math.max(0, name.start - 40), name.start))) return organisation;
  return !PREPOSITIONS.has(governingWord(paragraph.masked, name.start));
}

/** Drops a trailing appositive: "Schumer, the Senate minority leader," → "Schumer". */
function withoutAppositive(paragraph: ParagraphView, span: Span): Span {
  const text = paragraph.masked.slice(span.start, span.end).trimEnd();
  if (!text.endsWith(',')) return span;
  const previousComma = text.slice(0, -1).lastIndexOf(',');
  return previousComma < 0 ? span : { start: span.start, end: span.start + previousComma };
}

function outletsIn(paragraph: ParagraphView, span: Span): string[] {
  return paragraph.names
    .filter((name) => name.target.type === 'outlet' && name.start >= span.start && name.end <= span.end)
    .map((name) => name.target.id);
}

function clean(text: string): string {
  return text.replaceAll(MASK, '').replace(/\s+/g, ' ').replace(/^[\s,.;:–—-]+|[\s,;:–—-]+$/g, '').trim();
}

/** The subject of a reporting verb, read from the words before it. */
function subjectOf(paragraph: ParagraphView, span: Span): Resolution {
  const trimmed = withoutAppositive(paragraph, span);
  const nearest = (within: Span) =>
    paragraph.names
      .filter((name) => name.start >= within.start && name.end <= within.end)
      .reverse()
      .find((name) => canBeSubject(paragraph, name));
  // "The assistant secretary of the agency, Jane Roe, said": the name is the appositive.
  const subject = nearest(trimmed) ?? (trimmed.end < span.end ? nearest(span) : undefined);
  const phrase = clean(paragraph.masked.slice(trimmed.start, trimmed.end));
  if (subject?.target.type === 'actor') return { speaker: subject.target.id, basis: 'cue-before', via: [] };
  if (subject?.target.type === 'outlet') {
    // An outlet reports words; it is not their speaker.
    return { basis: 'unattributed', via: [subject.target.id], speakerPhrase: phrase };
  }
  const lastWord = withoutModifiers(words(phrase)).pop() ?? '';
  if (ANY_PRONOUN.test(lastWord)) return { basis: 'pronoun', via: [], pronoun: lastWord };
  return { basis: 'unattributed', via: [], speakerPhrase: phrase === '' ? undefined : lastWords(phrase, 8) };
}

function lastWords(text: string, count: number): string {
  const parts = text.split(/\s+/);
  return parts.slice(-count).join(' ');
}

/** Start of the clause that contains `offset`, within the sentence. */
function clauseStart(paragraph: ParagraphView, sentence: Span, offset: number): { start: number; coordinated: boolean } {
  const boundary = lastMatch(CLAUSE_BOUNDARY, paragraph.masked, sentence.start, offset);
  if (!boundary) return { start: sentence.start, coordinated: false };
  return { start: boundary.end, coordinated: /^,?\s*(?:but|and|yet)\b/iu.test(boundary.value) };
}

/** Adverbs and auxiliaries that sit between a subject and its verb ("he later said"). */
const MODIFIERS = new Set(['also', 'then', 'later', 'still', 'again', 'earlier', 'previously', 'once', 'has', 'had', 'have', 'was', 'were', 'is', 'would', 'will', 'did', 'not', 'never']);

function isModifier(word: string): boolean {
  return /ly$/iu.test(word) || MODIFIERS.has(word.toLowerCase());
}

function withoutModifiers(list: string[]): string[] {
  const result = [...list];
  while (result.length > 0 && isModifier(result.at(-1)!)) result.pop();
  return result;
}

/** A clause without a subject of its own ("…, but added:") or one that is only adverbs. */
function hasNoSubject(paragraph: ParagraphView, span: Span): boolean {
  return words(clean(paragraph.masked.slice(span.start, span.end))).every(isModifier);
}

/** Cue before the quotation in its sentence: the last reporting verb and its subject. */
function cueBefore(paragraph: ParagraphView, sentence: Span, quotation: QuotedSpan): Resolution | undefined {
  const end = quotation.outer.start;
  const verb = lastMatch(REPORTING_VERB, paragraph.masked, sentence.start, end);
  const according = lastMatch(ACCORDING_TO, paragraph.masked, sentence.start, end);
  if (according && (!verb || according.index > verb.index)) {
    const comma = paragraph.masked.indexOf(',', according.end);
    const span = { start: according.end, end: comma > 0 && comma < end ? comma : end };
    return withCue(paragraph, { start: according.index, end }, resolveNamed(paragraph, span, 'cue-before'));
  }
  if (!verb) return undefined;
  const { resolution, from } = subjectBeforeVerb(paragraph, sentence, verb.index);
  return withCue(paragraph, { start: from, end }, resolution);
}

/** The subject of the verb at `verbAt`, and where the clause that names it starts. */
function subjectBeforeVerb(paragraph: ParagraphView, sentence: Span, verbAt: number): { resolution: Resolution; from: number } {
  // An appositive may hold words that look like clause boundaries ("who has led the talks
  // since March"), so it is set aside before looking for where the clause starts.
  const beforeAppositive = withoutAppositive(paragraph, { start: sentence.start, end: verbAt }).end;
  const clause = clauseStart(paragraph, sentence, beforeAppositive);
  const span = { start: clause.start, end: verbAt };
  if (clause.coordinated && hasNoSubject(paragraph, span)) {
    // "X denied …, but said …": the subject is that of the clause this one is joined to.
    const previousEnd = lastMatch(CLAUSE_BOUNDARY, paragraph.masked, sentence.start, verbAt)?.index ?? clause.start;
    const previousVerb = lastMatch(REPORTING_VERB, paragraph.masked, sentence.start, previousEnd);
    if (previousVerb) return subjectBeforeVerb(paragraph, sentence, previousVerb.index);
    const first = paragraph.names.find(
      (name) => name.start >= sentence.start && name.end <= previousEnd && canBeSubject(paragraph, name),
    );
    if (first?.target.type === 'actor') {
      return { resolution: { speaker: first.target.id, basis: 'cue-before', via: [] }, from: clauseStart(paragraph, sentence, first.start).start };
    }
  }
  return { resolution: subjectOf(paragraph, span), from: clause.start };
}

/** "according to X", "said X": the name is the words right after the cue. */
function resolveNamed(paragraph: ParagraphView, span: Span, basis: 'cue-before' | 'cue-after'): Resolution {
  const name = paragraph.names.find((candidate) => candidate.start >= span.start && candidate.end <= span.end);
  const phrase = clean(paragraph.masked.slice(span.start, span.end));
  if (name?.target.type === 'actor' && !name.possessive) return { speaker: name.target.id, basis, via: [] };
  if (name?.target.type === 'outlet') return { basis: 'unattributed', via: [name.target.id], speakerPhrase: phrase };
  const firstWord = words(phrase)[0] ?? '';
  if (ANY_PRONOUN.test(firstWord) && words(phrase).length === 1) return { basis: 'pronoun', via: [], pronoun: firstWord };
  return { basis: 'unattributed', via: [], speakerPhrase: phrase === '' ? undefined : phrase };
}

function isAfterCue(resolution: Resolution): boolean {
  return resolution.position === 'after';
}

/** Cue after the quotation: `, X said`, `, said X`, `, according to X`, up to the sentence's end. */
function cueAfter(paragraph: ParagraphView, sentence: Span, quotation: QuotedSpan, nextQuotation: number): Resolution | undefined {
  const resolution = readCueAfter(paragraph, sentence, quotation, nextQuotation);
  return resolution ? { ...resolution, position: 'after' } : undefined;
}

function readCueAfter(paragraph: ParagraphView, sentence: Span, quotation: QuotedSpan, nextQuotation: number): Resolution | undefined {
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
  const verbFirst = new RegExp(`^(?:${REPORTING_VERB.source})\\s+`, 'iu').exec(after);
  if (verbFirst) {
    const nameStart = from + verbFirst[0].length;
    const resolution = resolveNamed(paragraph, { start: nameStart, end: clauseEnd(nameStart) }, 'cue-after');
    return withCue(paragraph, { start: from, end: clauseEnd(nameStart) }, resolution);
  }
  // "…,” Okafor, the defence secretary, said": the subject may carry an appositive.
  const subjectFirst = new RegExp(`^([^.;:!?]{1,120}?)\\s+(?:${REPORTING_VERB.source})`, 'iu').exec(after);
  if (subjectFirst && words(subjectFirst[1] ?? '').length <= 14) {
    const subjectEnd = from + (subjectFirst[1] ?? '').length;
    const resolution = subjectOf(paragraph, { start: from, end: subjectEnd });
    return withCue(paragraph, { start: from, end: clauseEnd(from + subjectFirst[0].length) }, {
      ...resolution,
      basis: resolution.basis === 'cue-before' ? 'cue-after' : resolution.basis,
    });
  }
  return undefined;
}

/** Adds the cue's words and the outlets they name. */
function withCue(paragraph: ParagraphView, span: Span, resolution: Resolution): Resolution {
  const via = [...new Set([...resolution.via, ...outletsIn(paragraph, span)])];
  const cue = clean(paragraph.masked.slice(span.start, span.end)).replace(/\s*…?\s*$/u, '');
  return { ...resolution, via, cue: cue === '' ? undefined : truncate(cue, 140) };
}

function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  return `…${text.slice(text.length - length).replace(/^\S*\s/u, '')}`;
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
  let previous: { view: ParagraphView; lastQuotationOpen: boolean; lastSpeaker?: string } | undefined;

  paragraphs.forEach((text, index) => {
    const paragraph = view(index + 1, text, matcher);
    const sentenceOf = (quotation: QuotedSpan) =>
      paragraph.sentences.findIndex((s) => quotation.outer.start >= s.start && quotation.outer.start < s.end);

    // First the cues each quotation has of its own…
    const cues = paragraph.quotations.map((quotation, position) => {
      const sentence = paragraph.sentences[sentenceOf(quotation)] ?? { start: 0, end: text.length };
      const next = paragraph.quotations[position + 1]?.outer.start ?? text.length;
      return cueAfter(paragraph, sentence, quotation, next) ?? cueBefore(paragraph, sentence, quotation);
    });
    // …then "“A” and “B,” she said": a quotation with no cue shares the cue after a later
    // quotation of the same sentence…
    paragraph.quotations.forEach((quotation, position) => {
      if (cues[position]) return;
      const sentence = sentenceOf(quotation);
      const sibling = cues.findIndex(
        (cue, at) => at > position && cue?.basis !== undefined && cue.cue !== undefined && sentenceOf(paragraph.quotations[at]!) === sentence && isAfterCue(cue),
      );
      if (sibling >= 0) cues[position] = { ...cues[sibling]! };
    });
    // …and last, in reading order, what depends on who spoke before: pronouns, quotations
    // standing alone, and quotations continued from the paragraph before.
    const resolutions: Resolution[] = [];
    paragraph.quotations.forEach((quotation, position) => {
      const sentenceIndex = sentenceOf(quotation);
      const sentence = paragraph.sentences[sentenceIndex] ?? { start: 0, end: text.length };
      let resolution = cues[position];
      if (resolution?.basis === 'pronoun') {
        resolution = resolvePronoun(resolution, paragraph, sentenceIndex, lastSpoken, previous?.view, kindOf);
      }
      if (!resolution) {
        const standsAlone = clean(paragraph.masked.slice(sentence.start, quotation.outer.start)) === '';
        if (position === 0 && quotation.outer.start === 0 && previous?.lastQuotationOpen && previous.lastSpeaker) {
          resolution = { speaker: previous.lastSpeaker, basis: 'continued', via: [] };
        } else if (standsAlone) {
          resolution = previousSentenceSpeaker(paragraph, sentenceIndex, resolutions, previous?.view, lastSpoken);
        }
      }
      const settled = resolution ?? { basis: 'unattributed', via: [] };
      if (settled.speaker) lastSpoken = { speaker: settled.speaker, kind: kindOf(settled.speaker) ?? '' };
      resolutions.push(settled);
    });

    paragraph.quotations.forEach((quotation, position) => {
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
    const lastQuotation = paragraph.quotations.at(-1);
    previous = {
      view: paragraph,
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
  paragraph: ParagraphView,
  sentenceIndex: number,
  lastSpoken: Spoken | undefined,
  previousParagraph: ParagraphView | undefined,
  kindOf: (actorId: string) => string | undefined,
): Resolution {
  const personal = PERSONAL_PRONOUN.test(resolution.pronoun ?? '');
  const fits = (kind: string | undefined) => (personal ? isPersonKind(kind) : kind !== undefined);
  const earlier = sentenceBefore(paragraph, sentenceIndex, previousParagraph);
  if (earlier) {
    const named = [
      ...new Set(
        earlier.view.names
          .filter((name) => name.target.type === 'actor' && name.start >= earlier.span.start && name.end <= earlier.span.end)
          .filter((name) => !name.possessive && fits(kindOf(name.target.id)))
          .map((name) => name.target.id),
      ),
    ];
    if (lastSpoken && fits(lastSpoken.kind) && (named.length === 0 || named.includes(lastSpoken.speaker))) {
      return { ...resolution, speaker: lastSpoken.speaker, basis: 'pronoun' };
    }
    if (named.length === 1) return { ...resolution, speaker: named[0], basis: 'pronoun' };
  }
  return { ...resolution, basis: 'unattributed', speakerPhrase: resolution.pronoun };
}

function sentenceBefore(
  paragraph: ParagraphView,
  sentenceIndex: number,
  previousParagraph: ParagraphView | undefined,
): { view: ParagraphView; span: Span } | undefined {
  if (sentenceIndex > 0) return { view: paragraph, span: paragraph.sentences[sentenceIndex - 1]! };
  const last = previousParagraph?.sentences.at(-1);
  return previousParagraph && last ? { view: previousParagraph, span: last } : undefined;
}

/** A quotation standing alone takes the speaker established in the sentence before it. */
function previousSentenceSpeaker(
  paragraph: ParagraphView,
  sentenceIndex: number,
  resolutionsSoFar: readonly Resolution[],
  previousParagraph: ParagraphView | undefined,
  lastSpoken: Spoken | undefined,
): Resolution | undefined {
  const earlier = sentenceBefore(paragraph, sentenceIndex, previousParagraph);
  if (!earlier) return undefined;
  const { view: earlierView, span } = earlier;
  // A quotation in that sentence with a speaker: the same person goes on.
  const quoted = earlierView === paragraph
    ? paragraph.quotations.findLastIndex((q) => q.outer.start >= span.start && q.outer.start < span.end)
    : -1;
  const quotedSpeaker = quoted >= 0 ? resolutionsSoFar[quoted]?.speaker : undefined;
  if (quotedSpeaker) return { speaker: quotedSpeaker, basis: 'previous-sentence', via: [] };
  const lastQuotationThere = earlierView.quotations.filter((q) => q.outer.start >= span.start && q.outer.start < span.end).length > 0;
  if (earlierView !== paragraph && lastQuotationThere && lastSpoken) {
    return { speaker: lastSpoken.speaker, basis: 'previous-sentence', via: [] };
  }
  // "Hegseth said:" or "Hegseth defended the order." — a reporting verb with a named subject.
  const verb = lastMatch(REPORTING_VERB, earlierView.masked, span.start, span.end);
  if (verb) {
    const subject = subjectBeforeVerb(earlierView, span, verb.index).resolution;
    if (subject.speaker) return { speaker: subject.speaker, basis: 'previous-sentence', via: subject.via };
  }
  const introduces = /:\s*$/u.test(earlierView.masked.slice(span.start, span.end));
  if (introduces) {
    const subject = subjectOf(earlierView, { start: span.start, end: span.end });
    if (subject.speaker) return { speaker: subject.speaker, basis: 'previous-sentence', via: [] };
  }
  return undefined;
}
