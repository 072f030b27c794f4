/**
 * Settles a quotation from what every strategy found. Wrong is worse than unattributed: a
 * speaker is given only when every strategy that names one names the same one and no
 * finding rules a speaker out; when they disagree, the quotation is left unattributed and
 * the disagreement is kept, so the build report and the tests can say why.
 */
import { sameSpeaker, speakerLabel, type AttributionBasis, type Finding, type Speaker, type StrategyName } from './types.ts';

/** What attribution settled for one quotation. */
export interface Settlement {
  /** Set when the quoted words are a title of a work: not a quotation at all. */
  title?: string;
  speaker?: Speaker;
  basis: AttributionBasis;
  cue?: string;
  speakerPhrase?: string;
  via: string[];
  disagreement?: { strategy: StrategyName; speaker: string }[];
}

export function resolve(findings: readonly Finding[]): Settlement {
  const title = findings.find((finding) => finding.title !== undefined);
  if (title) return { title: title.title, basis: 'unattributed', via: [] };
  const naming = findings.filter((finding) => finding.speaker !== undefined);
  const doubts = findings.filter((finding) => finding.doubt !== undefined);
  const speakers: Speaker[] = [];
  for (const finding of naming) if (!speakers.some((speaker) => sameSpeaker(speaker, finding.speaker!))) speakers.push(finding.speaker!);
  const withCue = findings.find((finding) => finding.cue !== undefined);
  const cue = withCue?.cue;
  if (speakers.length === 1 && doubts.length === 0) {
    const first = naming[0]!;
    const shown = first.cue ?? cue;
    return { speaker: first.speaker!, basis: first.basis, ...(shown ? { cue: shown } : {}), via: first.via };
  }
  const via = (withCue ?? findings[0])?.via ?? [];
  if (speakers.length > 0) {
    return {
      basis: 'unattributed',
      ...(cue ? { cue } : {}),
      via,
      disagreement: [
        ...naming.map((finding) => ({ strategy: finding.strategy, speaker: speakerLabel(finding.speaker!) })),
        ...doubts.map((finding) => ({ strategy: finding.strategy, speaker: `no one: ${finding.doubt!}` })),
      ],
    };
  }
  const described = findings.find((finding) => finding.speakerPhrase !== undefined || finding.pronoun !== undefined);
  const speakerPhrase = described?.speakerPhrase ?? described?.pronoun;
  return { basis: 'unattributed', ...(cue ? { cue } : {}), ...(speakerPhrase ? { speakerPhrase } : {}), via };
}
