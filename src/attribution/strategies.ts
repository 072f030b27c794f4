/**
 * Attribution, read top to bottom as the specification: the strategies that read who said a
 * quotation, in the order they run for each quotation of a source, in reading order. Each
 * sees what the strategies above it found about the same quotation, and the context
 * (context.ts: who spoke last, the paragraph before, the names introduced so far). The
 * resolver (resolve.ts) then settles the quotation from all their findings: a speaker only
 * when every strategy that names one names the same one.
 */
import { continued } from './strategies/continued.ts';
import { description } from './strategies/description.ts';
import { cueAfter } from './strategies/cue-after.ts';
import { cueBefore } from './strategies/cue-before.ts';
import { previousSentence } from './strategies/previous-sentence.ts';
import { pronoun } from './strategies/pronoun.ts';
import { sharedCue } from './strategies/shared-cue.ts';
import { titleOfWork } from './strategies/title-of-work.ts';
import { wordAsWord } from './strategies/word-as-word.ts';
import type { Strategy } from './types.ts';

export const STRATEGIES: readonly Strategy[] = [
  // First: a title of a work (“This Week” after "on ABN’s") is not a quotation. When it finds
  // one, no other strategy runs for it, and the others pass over it (a title inside a cue
  // does not end the cue, a title never shares or lends a cue).
  titleOfWork,
  // A word quoted as a word ("the so-called “harbour tax”") is no one's statement: its
  // finding rules out any speaker the cues below name, and, found before them, keeps the
  // previous sentence from lending one.
  wordAsWord,
  // The quotation's own reporting words, after it and before it in its sentence. Both run:
  // when they name different speakers ("Osei criticised the “emergency” powers, Brandt
  // said"), the quotation is someone's reported by someone else, and stays unattributed.
  cueAfter,
  cueBefore,
  // Only for a quotation with no reporting words of its own: the cue of a later quotation
  // of its sentence ("“A” and “B,” Osei said"). After the own cues, which it must not
  // override.
  sharedCue,
  // A paragraph that reopens a quotation left open: the speaker goes on. Reads what was
  // settled in the paragraph before, so it needs no cue; runs beside the cues so that a
  // reopened quotation with a cue naming someone else is left unattributed.
  continued,
  // Resolves a pronoun that one of the cues above named as the speaker ("he said"): after
  // them, since it reads their findings, and before the previous sentence, which applies
  // only to quotations with no cue at all.
  pronoun,
  // Resolves a description the cues gave instead of a name ("the agency said") to the one
  // organisation just named with that head noun: after the cues it reads, beside the pronoun
  // (a cue gives one or the other), before the previous sentence.
  description,
  // Last, only for a quotation that stands alone as its sentence and about which nothing
  // above found anything: the speaker the sentence before establishes.
  previousSentence,
];
