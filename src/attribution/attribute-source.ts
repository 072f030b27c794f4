/**
 * Who said each direct quotation of a source, read from the reporting structure of the text
 * around it, never guessed: the strategies of strategies.ts, in order, for each quotation in
 * reading order, their findings settled by resolve.ts, the state carried between quotations
 * and paragraphs held by context.ts. Quoted titles of works are set aside, not attributed.
 *
 * Cost: each paragraph is read once (reading.ts), and what several quotations ask (the
 * subject of a verb, the cue of a neighbour, the speakers a sentence names) is worked out
 * once per paragraph, so the work grows with the text: a sentence of 40,000 quotations must
 * not re-read the sentence for each.
 */
import type { NameMatcher } from '../actors/name-matcher.ts';
import type { Language, QuotedSpan } from '../language/language.ts';
import { AttributionContext } from './context.ts';
import { Reading, type Emphasis, type QuotationAt } from './reading.ts';
import { resolve, type Settlement } from './resolve.ts';
import { STRATEGIES } from './strategies.ts';
import type { AttributedQuotation, Finding, QuotedTitle, SourceAttribution } from './types.ts';

/** The quoted words without surrounding space or the comma news style puts inside the marks. */
function quotedWords(text: string, quotation: QuotedSpan): { text: string; start: number; end: number } {
  let { start, end } = quotation.inner;
  while (start < end && /\s/u.test(text.charAt(start))) start += 1;
  while (end > start && /[\s,]/u.test(text.charAt(end - 1))) end -= 1;
  return { text: text.slice(start, end), start, end };
}

function quotationOf(paragraph: number, words: { text: string; start: number; end: number }, settled: Settlement): AttributedQuotation {
  const speaker = settled.speaker;
  return {
    paragraph,
    ...words,
    ...(speaker?.type === 'actor' ? { speaker: speaker.id } : {}),
    ...(speaker?.type === 'as-written' ? { speakerAsWritten: speaker.name } : {}),
    basis: speaker ? settled.basis : 'unattributed',
    ...(settled.cue ? { cue: settled.cue } : {}),
    ...(!speaker && settled.speakerPhrase ? { speakerPhrase: settled.speakerPhrase } : {}),
    via: settled.via,
    ...(settled.disagreement ? { disagreement: settled.disagreement } : {}),
  };
}

/**
 * Attributes every quotation in a source's paragraphs (plain text, as numbered on its page).
 * `kindOf` gives an actor's kind, so "he" and "she" only resolve to people; `language` is the
 * source's, which cuts its quotations and sentences; `emphasis`, when given, the italic
 * stretches of each paragraph, where titles of works are often set.
 */
export function attributeSource(
  paragraphs: readonly string[],
  matcher: Pick<NameMatcher, 'find'>,
  kindOf: (actorId: string) => string | undefined,
  language: Language,
  emphasis: readonly Emphasis[] = [],
): SourceAttribution {
  const quotations: AttributedQuotation[] = [];
  const titles: QuotedTitle[] = [];
  const context = new AttributionContext(kindOf);
  paragraphs.forEach((text, index) => {
    const reading = new Reading(index + 1, text, matcher, language, emphasis[index] ?? []);
    const view = reading.view;
    context.beginParagraph(reading);
    view.quotations.forEach((quotation, position) => {
      const sentenceIndex = view.sentenceOfQuotation[position]!;
      const at: QuotationAt = { reading, position, sentenceIndex, sentence: view.sentences[sentenceIndex] ?? { start: 0, end: text.length } };
      const findings: Finding[] = [];
      for (const strategy of STRATEGIES) {
        const finding = strategy.find(at, context, findings);
        if (finding) findings.push(finding);
        // A title is not a quotation: nothing more to read about it.
        if (finding?.title !== undefined) break;
      }
      const settled = resolve(findings);
      context.settle(settled);
      const words = quotedWords(text, quotation);
      if (settled.title !== undefined) titles.push({ paragraph: view.number, ...words, text: words.text.replace(/[.,!?]$/u, ''), evidence: settled.title });
      else quotations.push(quotationOf(view.number, words, settled));
    });
    context.endParagraph();
  });
  return { quotations, titles };
}
