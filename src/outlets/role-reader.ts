/**
 * The role a sentence gives a run of outlet names, read from the words around the run with
 * the language's citation cues (`Language.citationCues`): a cue after a possessive or
 * modifying name ("X's questions", "a X report"), else the nearest cue before the run whose
 * gap to the name is a short noun phrase ("told the BBC's US partner CBS News"), else a
 * reporting verb after it ("X reported", "X, which confirmed …"), else a plain mention.
 *
 * "<claim>, officials told X." reports the claim through X: the telling closes the sentence
 * after an unquoted clause with words in it; "X told Y that …", "told X:" and "“…,” she told
 * X." are statements made to X.
 *
 * Cost: a sentence's cue patterns are scanned once, and each run's nearest cue is found by
 * binary search, so the work grows with the sentence; rescanning the sentence so far for
 * every name took minutes on a 1 MB paragraph naming an outlet 40,000 times.
 */
import type { NameMatch } from '../actors/name-matcher.ts';
import type { CitationCueRole, CitationCues, Span } from '../language/language.ts';
import { PrefixMatches } from '../lib/prefix-matches.ts';
import type { CitationRole } from './citation-roles.ts';

/** A role and the words that established it (absent for a plain mention). */
export interface RoleReading {
  role: CitationRole;
  cue?: string;
}

const WHITE_SPACE = /\s/u;

/**
 * A sentence's cues before names, each pattern scanned once: asking for the nearest cue
 * before each name by scanning the sentence so far again was quadratic in a sentence naming
 * outlets thousands of times.
 */
export class SentenceCues {
  readonly #text: string;
  readonly #cues: CitationCues;
  #found: PrefixMatches[] | undefined;

  /** `masked` is the paragraph with its quotations blanked, `sentence` a span of it. */
  constructor(masked: string, sentence: Span, cues: CitationCues) {
    this.#text = masked.slice(sentence.start, sentence.end);
    this.#cues = cues;
  }

  /** The language's cues. */
  get cues(): CitationCues {
    return this.#cues;
  }

  /** Each pattern's matches, in `cues.before` order; scanned on first use (most sentences name no outlet). */
  get patterns(): PrefixMatches[] {
    this.#found ??= this.#cues.before.map(({ pattern }) => new PrefixMatches(pattern, this.#text));
    return this.#found;
  }
}

/** The words of `text` (split at white space) when there are at most `most`; undefined when more. */
function fewWords(text: string, most: number): string[] | undefined {
  // Read from the end, so a long text costs no more than its last few words.
  const words: string[] = [];
  let end = text.length;
  while (end > 0) {
    while (end > 0 && WHITE_SPACE.test(text.charAt(end - 1))) end -= 1;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !WHITE_SPACE.test(text.charAt(start - 1))) start -= 1;
    if (words.length === most) return undefined;
    words.unshift(text.slice(start, end));
    end = start;
  }
  return words;
}

/** True when the words between a cue and a name are a short noun phrase leading to the name. */
function isBridge(text: string, cues: CitationCues): boolean {
  // An article and four words at most; a sixth word already rules it out.
  const words = fewWords(text, 5);
  if (!words) return false;
  if (words.length > 0 && cues.article.test(words[0]!)) words.shift();
  if (words.length > 4) return false;
  return words.every((word) => cues.bridgeWord.test(word) && !cues.bridgeStops.has(word.toLowerCase()));
}

/** The nearest cue before `at` in the sentence whose gap to the name is a bridge. */
function cueBefore(masked: string, sentence: Span, cues: SentenceCues, at: number): { role: CitationCueRole; index: number; value: string } | undefined {
  let best: { role: CitationCueRole; index: number; end: number; value: string } | undefined;
  cues.patterns.forEach((matches, position) => {
    const found = matches.lastBefore(at - sentence.start);
    if (found && (!best || found.end > best.end || (found.end === best.end && found.index < best.index))) {
      best = { role: cues.cues.before[position]!.role, ...found };
    }
  });
  if (!best || !isBridge(masked.slice(sentence.start + best.end, at), cues.cues)) return undefined;
  return { role: best.role, index: sentence.start + best.index, value: best.value };
}

/**
 * Whether the telling at `cueAt` closes a reported claim: an unquoted clause with words in it
 * ends in a comma before the teller, and nothing but a few words follow the name. `mask` is
 * the character quotations are blanked with.
 */
function closesReportedClaim(masked: string, sentence: Span, cueAt: number, after: string, cues: CitationCues, mask: string): boolean {
  if (!cues.sentenceClose.test(after) || cues.clauseOpener.test(after)) return false;
  const before = masked.slice(sentence.start, cueAt);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return false;
  const teller = before.slice(comma + 1).trim().split(/\s+/u);
  return teller.length <= 8 && /\p{L}/u.test(before.slice(0, comma).replaceAll(mask, ''));
}

/** Patterns built for one mask character, once. */
const afterPatterns = new WeakMap<CitationCues, Map<string, { verbAfter: RegExp; relativeAfter: RegExp }>>();

function patternsAfter(cues: CitationCues, mask: string): { verbAfter: RegExp; relativeAfter: RegExp } {
  let byMask = afterPatterns.get(cues);
  if (!byMask) afterPatterns.set(cues, (byMask = new Map()));
  let patterns = byMask.get(mask);
  if (!patterns) byMask.set(mask, (patterns = { verbAfter: cues.verbAfter(mask), relativeAfter: cues.relativeAfter(mask) }));
  return patterns;
}

/**
 * The role of a run of coordinated outlet names that starts at `start` and ends with `last`,
 * from the words around the run. `mask` is the character quotations are blanked with in `masked`.
 */
export function readRole(masked: string, mask: string, sentence: Span, cues: SentenceCues, start: number, last: NameMatch): RoleReading {
  const language = cues.cues;
  const afterName = masked.slice(last.end, sentence.end);
  if (last.possessive) {
    const venue = language.possessiveVenue.exec(afterName);
    if (venue) return { role: 'statement-venue', cue: `${last.text}${venue[0]}` };
    const report = language.possessiveReport.exec(afterName);
    if (report) return { role: 'report', cue: `${last.text}${report[0]}` };
  } else {
    const venue = language.modifierVenue.exec(afterName);
    if (venue) return { role: 'statement-venue', cue: `${last.text}${venue[0]}` };
    const report = language.modifierReport.exec(afterName);
    if (report) return { role: 'report', cue: `${last.text}${report[0]}` };
  }
  const cue = cueBefore(masked, sentence, cues, start);
  if (cue) {
    if (
      cue.role === 'statement-venue' &&
      language.telling.test(cue.value) &&
      !last.possessive &&
      closesReportedClaim(masked, sentence, cue.index, afterName, language, mask)
    ) {
      return { role: 'report', cue: cue.value };
    }
    return { role: cue.role, cue: cue.value };
  }
  if (last.possessive) return { role: 'mention' };
  const { verbAfter, relativeAfter } = patternsAfter(language, mask);
  const verb = relativeAfter.exec(afterName) ?? verbAfter.exec(afterName);
  const value = verb?.groups?.['verb'];
  if (value) return { role: language.confirming.test(value) ? 'confirmation' : 'report', cue: value };
  return { role: 'mention' };
}
