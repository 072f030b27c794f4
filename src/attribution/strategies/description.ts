/**
 * "“…,” the agency said": a definite description the cue gives as the speaker ("the agency",
 * "the ministry", "the spokeswoman") stands for the one organisation named just before that it
 * describes: first in the quotation's sentence, before the quotation and its description; else
 * in the sentence before. An organisation is described by
 *
 * - the head noun of its name: the word before its "of" ("Ministry of Defence" → ministry),
 *   else its last word ("Harbour Safety Agency" → agency): "The Harbour Safety Agency said … “…,”
 *   the agency said";
 * - a spokesperson noun written with its name ("a Harbour Safety Agency spokeswoman", "the
 *   agency’s spokesman", "a spokesman for the agency"), whose words are the organisation's
 *   (src/language/en/spokesperson-nouns.ts): "A Port Authority spokesperson declined to comment.
 *   “…,” the spokesperson said".
 *
 * Never a person: "the minister" is a title, which may belong to anyone, and a person's
 * spokesperson is not the person. When the noun is written anywhere else in the stretch
 * (another agency, named or not; a spokesperson of no one named), or two organisations fit,
 * no one is.
 */
import type { NameMatch } from '../../actors/name-matcher.ts';
import type { Span } from '../../language/language.ts';
import type { AttributionContext } from '../context.ts';
import type { QuotationAt, Reading } from '../reading.ts';
import { sentenceBefore } from './pronoun.ts';
import type { Finding, Speaker, Strategy } from '../types.ts';
import { SPOKESPERSON_NOUN } from '../vocabulary.ts';

/** "the agency": the article and one lower-case noun, as the cue wrote it. */
const DESCRIPTION = /^the (\p{Ll}+)$/iu;
/** Between an organisation’s name and its spokesperson noun: "Port Authority spokesperson", "Port Authority’s spokesperson". */
const NAME_THEN_NOUN = /^(?:['’]s)?\s+$/u;
/** Between a spokesperson noun and the organisation it speaks for: "spokesperson for the". */
const NOUN_THEN_NAME = /^\s+(?:for|of|from)\s+(?:the\s+)?$/iu;

/** The head noun of a name, lower case: the word before its "of", else its last word. */
export function headOfName(name: string): string {
  const words = name.split(/\s+/u).filter((word) => word !== '');
  const of = words.findIndex((word, index) => index > 0 && word.toLowerCase() === 'of');
  return (of > 0 ? words[of - 1]! : (words.at(-1) ?? '')).toLowerCase();
}

/** Where `noun` is written as a word in [start, end) of the text. */
function occurrences(text: string, noun: string, start: number, end: number): number[] {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${noun}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.slice(start, end).matchAll(word)].map((match) => start + match.index);
}

/** The registry's names wholly inside a stretch. */
function namesIn(reading: Reading, span: Span): NameMatch[] {
  const { names } = reading.view;
  const found: NameMatch[] = [];
  for (let index = reading.view.firstNameFrom(span.start); index < names.length && names[index]!.end <= span.end; index += 1) found.push(names[index]!);
  return found;
}

/**
 * The organisation a stretch describes with `noun`: a speaker when exactly one fits, null when
 * the noun could mean something else there, undefined when the stretch does not use it.
 */
function describedIn(reading: Reading, span: Span, noun: string, context: AttributionContext): Speaker | null | undefined {
  const { masked } = reading.view;
  const names = namesIn(reading, span).filter((name) => name.target.type === 'actor');
  const ids = new Set<string>();
  const written = occurrences(masked, noun, span.start, span.end);
  if (SPOKESPERSON_NOUN.has(noun)) {
    // Each spokesperson of the stretch must be an organisation's, and all the same one's.
    for (const at of written) {
      const after = at + noun.length;
      const of = names.find((name) => (name.end <= at && NAME_THEN_NOUN.test(masked.slice(name.end, at))) || (name.start >= after && NOUN_THEN_NAME.test(masked.slice(after, name.start))));
      if (!of || context.kindOf(of.target.id) === 'person') return null;
      ids.add(of.target.id);
    }
  } else {
    const covered: Span[] = [];
    for (const name of names) {
      if (headOfName(name.text) !== noun) continue;
      if (context.kindOf(name.target.id) === 'person') return null;
      ids.add(name.target.id);
      covered.push(name);
    }
    // The noun anywhere else in the stretch ("another agency") could be what is meant.
    if (written.some((at) => !covered.some((name) => at >= name.start && at < name.end))) return null;
  }
  if (ids.size > 1) return null;
  const [id] = ids;
  return id === undefined ? undefined : { type: 'actor', id };
}

function resolveDescription(at: QuotationAt, context: AttributionContext, noun: string): Speaker | undefined {
  const { masked, quotations } = at.reading.view;
  const quotationStart = quotations[at.position]?.outer.start ?? at.sentence.start;
  // The quotation's sentence before it, and before the description itself ("The agency said: “…”").
  const before = masked.slice(at.sentence.start, Math.max(at.sentence.start, quotationStart)).toLowerCase();
  const own = before.lastIndexOf(`the ${noun}`);
  const here = describedIn(at.reading, { start: at.sentence.start, end: own >= 0 ? at.sentence.start + own : Math.max(at.sentence.start, quotationStart) }, noun, context);
  if (here !== undefined) return here ?? undefined;
  const earlier = sentenceBefore(at, context);
  return (earlier && describedIn(earlier.reading, earlier.span, noun, context)) ?? undefined;
}

export const description: Strategy = {
  name: 'description',
  find(at, context, earlier): Finding | undefined {
    // Only where the cues found a description and no speaker, and nothing else did.
    if (earlier.some((finding) => finding.speaker !== undefined || finding.pronoun !== undefined || finding.doubt !== undefined)) return undefined;
    const cue = earlier.find((finding) => finding.speakerPhrase !== undefined && DESCRIPTION.test(finding.speakerPhrase));
    const noun = cue?.speakerPhrase ? DESCRIPTION.exec(cue.speakerPhrase)?.[1]?.toLowerCase() : undefined;
    if (!cue || !noun) return undefined;
    const speaker = resolveDescription(at, context, noun);
    if (!speaker) return undefined;
    return { strategy: 'description', basis: 'description', speaker, ...(cue.cue ? { cue: cue.cue } : {}), via: cue.via };
  },
};
