/**
 * Independent origins: how many original reports the answers to a key question rest on,
 * and in what order the sources carried them. Thirteen sources repeating two reports are
 * two pieces of reporting, not thirteen confirmations, and readers of news aggregators
 * rightly complain when repetition is shown as agreement.
 *
 * An answer's origin is read from its evidence, never guessed:
 *
 * - the sentences holding the evidence are searched for outlets cited for their reporting
 *   (role `report`: "according to The Record", "…, officials told CBS News") or as
 *   confirming it (role `confirmation`: "confirmed by The New York Times"); see
 *   src/outlets/read-citations.ts. Each such outlet is an origin: a confirmation is an
 *   outlet's own reporting, so it counts as an origin of its own;
 * - an answer whose evidence credits no outlet rests on the source's own reporting: its
 *   publishing outlet is the origin. A source that writes "according to reports" names no
 *   one, so it counts as its own origin: the count is an upper bound on independence;
 * - when a credited outlet has a source of its own in the dossier answering the same
 *   question, the credit is followed to what that source rests on (BBC → CBS News → The
 *   Record), so a chain of repetition ends at the report it started from.
 *
 * Origins are outlets: two articles of one outlet are one newsroom's reporting. Pure; the
 * per-build index feeds it the evidence located in each source and the citations read there.
 */
import type { CitationRole } from '../outlets/citation-roles.ts';

/** An outlet named in a sentence of a source, as the citation reader found it. */
export interface SentenceCitation {
  /** 1-based paragraph number. */
  paragraph: number;
  /** Offsets of the citing sentence in the paragraph's plain text. */
  start: number;
  end: number;
  /** Id of the outlet named. */
  outlet: string;
  role: CitationRole;
  /** The words that gave the role ("according to"). */
  cue?: string | undefined;
}

/** One source's answer, with where its evidence lies. */
export interface OriginAnswerInput {
  /** Source slug. */
  source: string;
  /** Id of the publishing outlet. */
  outlet: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** Where each piece of evidence is, in the source's paragraphs. */
  evidence: readonly { paragraph: number; start: number; end: number }[];
  /** Citations of other outlets in the source (its own outlet left out). */
  citations: readonly SentenceCitation[];
}

/** An outlet an answer credits, and for what. */
export interface Credit {
  /** Id of the credited outlet. */
  outlet: string;
  role: 'report' | 'confirmation';
  /** The words that gave the role, as written. */
  cue?: string | undefined;
  /** Sources of that outlet in the dossier answering the same question, oldest first. */
  sources: string[];
}

/** One answer with what it rests on and where it stands in time. */
export interface AnswerOrigin {
  /** Source slug. */
  source: string;
  outlet: string;
  published: string;
  /** Outlets whose reporting the answer rests on, chains followed; sorted by id. */
  origins: string[];
  /** True when the evidence credits no other outlet: the source's own reporting. */
  ownReporting: boolean;
  /** Outlets the evidence credits directly, in the order credited. */
  credits: Credit[];
  /** True for the earliest answer (every answer of the earliest date: dates are days). */
  first: boolean;
  /** Origins this answer is the first in the dossier to carry (earliest of each; ties share it). */
  firstFor: string[];
}

/** One independent origin of a question's answers. */
export interface OriginGroup {
  /** Id of the outlet whose reporting it is. */
  outlet: string;
  /** Answering sources resting on it, oldest first. */
  sources: string[];
  /** Date of the earliest of them. */
  firstPublished: string;
}

/** What a question's answers rest on. */
export interface QuestionOrigins {
  /** Answers oldest first (then by slug), each with its origins. */
  answers: AnswerOrigin[];
  /** Distinct answering sources. */
  sources: number;
  /** Independent origins, the one carried by most sources first, then earliest, then id. */
  origins: OriginGroup[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Credits in the sentences holding the evidence, each outlet once, in text order. */
function creditsOf(answer: OriginAnswerInput): { outlet: string; role: 'report' | 'confirmation'; cue?: string | undefined }[] {
  const found = new Map<string, { outlet: string; role: 'report' | 'confirmation'; cue?: string | undefined }>();
  const ordered = [...answer.citations].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  for (const citation of ordered) {
    if (citation.role !== 'report' && citation.role !== 'confirmation') continue;
    if (citation.outlet === answer.outlet || found.has(citation.outlet)) continue;
    const holdsEvidence = answer.evidence.some(
      (evidence) => evidence.paragraph === citation.paragraph && evidence.start < citation.end && citation.start < evidence.end,
    );
    if (holdsEvidence) found.set(citation.outlet, { outlet: citation.outlet, role: citation.role, cue: citation.cue });
  }
  return [...found.values()];
}

export function questionOrigins(answers: readonly OriginAnswerInput[]): QuestionOrigins {
  const ordered = [...answers].sort((a, b) => byString(a.published, b.published) || byString(a.source, b.source));
  const direct = new Map(ordered.map((answer) => [answer.source, creditsOf(answer)]));
  const byOutlet = new Map<string, string[]>();
  for (const answer of ordered) byOutlet.set(answer.outlet, [...(byOutlet.get(answer.outlet) ?? []), answer.source]);
  const outletOf = new Map(ordered.map((answer) => [answer.source, answer.outlet]));

  // Origins of a source's answer, following credits to the credited outlet's own answers.
  // A result is kept unless a cycle cut its chain short (then it depends on where it started).
  const memo = new Map<string, Set<string>>();
  const resolve = (source: string, visiting: ReadonlySet<string>): { origins: Set<string>; cut: boolean } => {
    const known = memo.get(source);
    if (known) return { origins: known, cut: false };
    const credits = direct.get(source) ?? [];
    const origins = new Set<string>();
    let cut = false;
    if (credits.length === 0) origins.add(outletOf.get(source)!);
    for (const credit of credits) {
      const all = byOutlet.get(credit.outlet) ?? [];
      const theirs = all.filter((other) => !visiting.has(other));
      if (theirs.length < all.length) cut = true;
      // A credited outlet with no answer here (or only answers already on this chain) is the origin itself.
      if (theirs.length === 0) origins.add(credit.outlet);
      for (const other of theirs) {
        const next = resolve(other, new Set([...visiting, other]));
        cut ||= next.cut;
        for (const origin of next.origins) origins.add(origin);
      }
    }
    if (!cut) memo.set(source, origins);
    return { origins, cut };
  };

  const firstDate = ordered[0]?.published;
  const firstOf = new Map<string, string>();
  const result: AnswerOrigin[] = ordered.map((answer) => {
    const origins = [...resolve(answer.source, new Set([answer.source])).origins].sort(byString);
    for (const origin of origins) if (!firstOf.has(origin)) firstOf.set(origin, answer.published);
    const credits = direct.get(answer.source) ?? [];
    return {
      source: answer.source,
      outlet: answer.outlet,
      published: answer.published,
      origins,
      ownReporting: credits.length === 0,
      credits: credits.map((credit) => ({ ...credit, sources: byOutlet.get(credit.outlet) ?? [] })),
      first: answer.published === firstDate,
      firstFor: [],
    };
  });
  for (const answer of result) answer.firstFor = answer.origins.filter((origin) => firstOf.get(origin) === answer.published);

  const groups = new Map<string, OriginGroup>();
  for (const answer of result) {
    for (const origin of answer.origins) {
      const group = groups.get(origin) ?? { outlet: origin, sources: [], firstPublished: answer.published };
      group.sources.push(answer.source);
      groups.set(origin, group);
    }
  }
  return {
    answers: result,
    sources: new Set(result.map((answer) => answer.source)).size,
    origins: [...groups.values()].sort(
      (a, b) => b.sources.length - a.sources.length || byString(a.firstPublished, b.firstPublished) || byString(a.outlet, b.outlet),
    ),
  };
}

/** "13 sources, 2 independent original reports": the count shown beside a question's relation. */
export function originCount(origins: Pick<QuestionOrigins, 'sources' | 'origins'>): string {
  const sources = `${origins.sources} ${origins.sources === 1 ? 'source' : 'sources'}`;
  const count = origins.origins.length;
  return `${sources}, ${count} independent original ${count === 1 ? 'report' : 'reports'}`;
}
