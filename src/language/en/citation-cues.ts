/**
 * The English phrases that say what a source cites an outlet for (src/outlets/ reads them):
 * "according to X", "X reported", "confirmed by X", "told X", "X's questions". Each is a
 * pattern of English word order, declared here so the outlet reader holds no English.
 */
import type { CitationCues, CitationCueRole } from '../language.ts';
import { PERSONAL_PRONOUNS } from './pronouns.ts';
import { OUTLET_CONFIRMING_FORMS, OUTLET_REPORTING_FORMS } from './reporting-verbs.ts';

/** Cues before the name, nearest wins. Each ends just before the name or the short noun phrase leading to it. */
const BEFORE: readonly { role: CitationCueRole; pattern: RegExp }[] = [
  { role: 'report', pattern: /\baccording to\b/giu },
  { role: 'report', pattern: /\b(?:(?:first|originally|initially)\s+)?(?:reported|revealed|broken|published|disclosed|cited|quoted)\s+(?:first\s+)?by\b/giu },
  { role: 'report', pattern: /\b(?:reported|published|revealed|disclosed|appeared)\s+in\b/giu },
  { role: 'report', pattern: /\b(?:reports?|reporting|story|article|investigation)\s+(?:by|from|in)\b/giu },
  { role: 'report', pattern: /\b(?:citing|per)\b/giu },
  { role: 'confirmation', pattern: /\b(?:confirmed|corroborated|verified|backed up)(?:\s+(?:independently|separately))?\s+by\b/giu },
  { role: 'statement-venue', pattern: /\b(?:told|tells|telling|tell)\b/giu },
  { role: 'statement-venue', pattern: /\b(?:statements?|comments?|remarks|emails?|response|briefing)\s+to\b/giu },
  { role: 'statement-venue', pattern: /\binterviews?\s+(?:on|with|to)\b/giu },
  { role: 'statement-venue', pattern: /\b(?:speaking|spoke|speak|speaks|talking|talked|talks|talk)\s+(?:to|with|on)\b/giu },
  { role: 'statement-venue', pattern: /\b(?:appeared|appearing|appears|said|says|saying)\s+on\b/giu },
  { role: 'statement-venue', pattern: /\b(?:confirmed|said|denied|explained|acknowledged|admitted|wrote)\s+to\b/giu },
  { role: 'statement-venue', pattern: /\b(?:respond|responded|responds|responding|reply|replied|replies|answer|answered|answers)\s+to\b/giu },
  { role: 'statement-venue', pattern: /\b(?:asked|contacted|approached|reached)\s+by\b/giu },
  { role: 'statement-venue', pattern: /\b(?:questions?|queries|inquiry|inquiries|requests?(?:\s+for\s+comment)?)\s+from\b/giu },
];

/**
 * Words that end the short noun phrase between a cue and a name ("told the Courant's US
 * partner Radio Varde"): clause openers, auxiliaries, prepositions, pronouns, articles.
 */
const BRIDGE_STOPS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'and', 'or', 'but', 'because', 'if', 'as', 'than',
  'then', 'after', 'before', 'since', 'about', 'is', 'was', 'were', 'are', 'be', 'been', 'had', 'has', 'have', 'not',
  'to', 'of', 'in', 'on', 'by', 'for', 'from', 'with', ...PERSONAL_PRONOUNS, 'reporters', 'journalists', 'the', 'a', 'an',
]);

/** Adverbs and auxiliaries between the name and its verb ("The Sentinel also says"). */
const BETWEEN_NAME_AND_VERB = String.raw`(?:(?:also|first|later|earlier|previously|separately|independently|has|have|had|was|were|initially|originally|since|then|\p{L}+ly)\s+)*`;
/** Longest first, so that the alternation tries "reported" before "report". */
const alternation = (forms: readonly string[]): string => [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
const REPORTING = alternation(OUTLET_REPORTING_FORMS);
const CONFIRMING = alternation(OUTLET_CONFIRMING_FORMS);

export const CITATION_CUES: CitationCues = {
  before: BEFORE,
  telling: /^(?:told|tells|telling|tell)$/iu,
  bridgeWord: /^[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u,
  bridgeStops: BRIDGE_STOPS,
  article: /^(?:the|a|an)$/iu,
  possessiveVenue: /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:questions?|queries|query|inquir(?:y|ies)|requests?|interviews?|programme|program|show|broadcast)\b/iu,
  possessiveReport: /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:reports?|reporting|story|stories|articles?|investigations?|analysis|scoop|coverage)\b/iu,
  modifierVenue: /^\s+(?:questions?|queries|inquir(?:y|ies)|requests?|interviews?)\b/iu,
  modifierReport: /^\s+(?:reports?|reporting|story|stories|articles?|investigations?|analysis|scoop)\b/iu,
  // An appositive after the name: "The Dispatch, a cybersecurity publication, reported".
  verbAfter: (mask) => new RegExp(String.raw`^\s*(?:,[^,;${mask}]{1,80},\s*)?${BETWEEN_NAME_AND_VERB}(?<verb>${REPORTING}|${CONFIRMING})\b`, 'iu'),
  // "X, which first reported the news"; "X, a cybersecurity publication which first reported".
  relativeAfter: (mask) =>
    new RegExp(String.raw`^\s*,\s*(?:[^,;${mask}]{0,80}?\s)?(?:which|that|who)\s+${BETWEEN_NAME_AND_VERB}(?<verb>${REPORTING}|${CONFIRMING})\b`, 'iu'),
  confirming: new RegExp(String.raw`^(?:${CONFIRMING})$`, 'iu'),
  coordination: /^\s*(?:,\s*)?(?:(?:and|or|as well as|&)\s+)?$/iu,
  sentenceClose: /^(?:\s+[\p{L}\p{N}]+){0,3}\s*[.!?]*["”’)\]]*\s*$/u,
  clauseOpener: /\bthat\b/iu,
};
