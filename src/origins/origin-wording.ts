/**
 * Independent origins and first appearances in words, for the question page and the compare
 * page: one wording everywhere, and testable apart from the pages. Links are given as
 * addresses; the components only lay them out.
 */
import type { AnswerOrigin, QuestionOrigins } from './claim-origins.ts';
import { roleWording } from '../outlets/role-wording.ts';

/** A link in a line of words. */
export interface WordLink {
  text: string;
  href: string;
}

/** How an answer stands among the others, as the question page says it. */
export interface AnswerOriginView {
  /** "First in the dossier to report this", when it is; undefined otherwise. */
  first?: string | undefined;
  /** "Its own reporting", or what it credits: lead words and a link per credited outlet. */
  basis: { lead: string; credits: { outlet: WordLink; role: string; cue?: string | undefined; theirs: WordLink[] }[] };
  /** Origins reached through a chain of credits that the answer does not name itself. */
  through: WordLink[];
  /** "The first in the dossier to carry The Record's reporting", for origins it carried first but did not report itself. */
  firstToCarry: WordLink[];
}

export interface OriginLinks {
  /** Outlet name by id. */
  outletName: (id: string) => string;
  outletHref: (id: string) => string;
  /** A source's name as a reader knows it ("BBC News, 3 March 2025") and its page. */
  source: (slug: string) => WordLink;
}

export function answerOriginView(answer: AnswerOrigin, answersOnSameDay: number, links: OriginLinks): AnswerOriginView {
  const outlet = (id: string): WordLink => ({ text: links.outletName(id), href: links.outletHref(id) });
  const credited = new Set(answer.credits.map((credit) => credit.outlet));
  return {
    first: answer.first
      ? answersOnSameDay > 1
        ? `Among the first in the dossier to report this (${answersOnSameDay} sources of the same day)`
        : 'First in the dossier to report this'
      : undefined,
    basis: answer.ownReporting
      ? { lead: 'Its own reporting: the evidence credits no other outlet.', credits: [] }
      : {
          lead: 'Repeats reporting it credits:',
          credits: answer.credits.map((credit) => ({
            outlet: outlet(credit.outlet),
            role: roleWording[credit.role].short,
            cue: credit.cue,
            theirs: credit.sources.map(links.source),
          })),
        },
    through: answer.origins.filter((origin) => !credited.has(origin) && origin !== answer.outlet).map(outlet),
    // Said once: an answer first to report at all is not also told apart as first to carry.
    firstToCarry: answer.ownReporting || answer.first ? [] : answer.firstFor.filter((origin) => origin !== answer.outlet).map(outlet),
  };
}

/** How many answers share each date, to say "among the first" when several do. */
export function answersPerDate(origins: QuestionOrigins): Map<string, number> {
  const counts = new Map<string, number>();
  for (const answer of origins.answers) counts.set(answer.published, (counts.get(answer.published) ?? 0) + 1);
  return counts;
}
