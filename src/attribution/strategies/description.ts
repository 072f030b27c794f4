/**
 * "“…,” the agency said": a definite description the cue gives as the speaker ("the agency",
 * "the ministry", "the company") stands for the one organisation named just before whose name
 * has that noun as its head ("The Harbour Safety Agency said on Monday that … “…,” the agency
 * said"): first in the quotation's sentence, before the quotation; else in the sentence
 * before. A name's head is the word before its "of" ("Ministry of Defence" → ministry), else
 * its last word ("Harbour Safety Agency" → agency). Never a person: "the minister" is a title,
 * which may belong to anyone. When the noun is written anywhere else in that stretch (another
 * agency, named or not), or two organisations fit, no one is.
 */
import type { Span } from '../../language/language.ts';
import type { AttributionContext } from '../context.ts';
import type { QuotationAt, Reading } from '../reading.ts';
import { sentenceBefore } from './pronoun.ts';
import type { Finding, Speaker, Strategy } from '../types.ts';

/** "the agency": the article and one lower-case noun, as the cue wrote it. */
const DESCRIPTION = /^the (\p{Ll}+)$/iu;

/** The head noun of a name, lower case: the word before its "of", else its last word. */
export function headOfName(name: string): string {
  const words = name.split(/\s+/u).filter((word) => word !== '');
  const of = words.findIndex((word, index) => index > 0 && word.toLowerCase() === 'of');
  return (of > 0 ? words[of - 1]! : (words.at(-1) ?? '')).toLowerCase();
}

/** The one organisation of the registry a stretch names with `noun` as its head, if there is exactly one and the noun is written nowhere else in it. */
function describedIn(reading: Reading, span: Span, noun: string, context: AttributionContext): Speaker | undefined {
  const { names, masked } = reading.view;
  const ids = new Set<string>();
  const covered: Span[] = [];
  for (let index = reading.view.firstNameFrom(span.start); index < names.length && names[index]!.end <= span.end; index += 1) {
    const name = names[index]!;
    if (name.target.type !== 'actor' || headOfName(name.text) !== noun) continue;
    // A person is never a description's head ("the minister" is a title); an organisation's
    // possessive ("the Port Authority’s chief") still names the organisation.
    if (context.kindOf(name.target.id) === 'person') return undefined;
    ids.add(name.target.id);
    covered.push({ start: name.start, end: name.end });
  }
  if (ids.size !== 1) return undefined;
  // The noun anywhere else in the stretch ("another agency", "the agency’s partner") could be what is meant.
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${noun}(?![\\p{L}\\p{N}])`, 'giu');
  for (const match of masked.slice(span.start, span.end).matchAll(word)) {
    const at = span.start + match.index;
    if (!covered.some((name) => at >= name.start && at < name.end)) return undefined;
  }
  const [id] = ids;
  return id === undefined ? undefined : { type: 'actor', id };
}

function resolveDescription(at: QuotationAt, context: AttributionContext, noun: string): Speaker | undefined {
  const quotationStart = at.reading.view.quotations[at.position]?.outer.start ?? at.sentence.start;
  const here = describedIn(at.reading, { start: at.sentence.start, end: Math.max(at.sentence.start, quotationStart) }, noun, context);
  if (here) return here;
  const earlier = sentenceBefore(at, context);
  return earlier ? describedIn(earlier.reading, earlier.span, noun, context) : undefined;
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
