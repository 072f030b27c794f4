/**
 * The reporting words of a cue as a finding: the words shown with the quotation (tidied,
 * shortened), the outlets they name ("told Radio Kestrel"), and what they say of the speaker.
 */
import type { Span } from '../language/language.ts';
import type { Reading } from './reading.ts';
import { clean, truncate, SHOWN, type Subject } from './subjects.ts';
import type { Finding, StrategyName } from './types.ts';

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

/** A cue strategy's finding: the subject its words name, the words themselves and the outlets in them. */
export function cueFinding(reading: Reading, strategy: StrategyName, basis: 'cue-after' | 'cue-before', cueSpan: Span, subject: Subject): Finding {
  const via = [...new Set([...subject.via, ...reading.view.outletsIn(cueSpan)])];
  const cue = withoutTrailingEllipsis(clean(reading.view, cueSpan));
  return {
    strategy,
    basis,
    ...(subject.speaker ? { speaker: subject.speaker } : {}),
    ...(subject.pronoun ? { pronoun: subject.pronoun, pronounAt: subject.pronounAt ?? cueSpan.start } : {}),
    ...(subject.speakerPhrase ? { speakerPhrase: subject.speakerPhrase } : {}),
    ...(cue === '' ? {} : { cue: truncate(cue, SHOWN) }),
    via,
  };
}
