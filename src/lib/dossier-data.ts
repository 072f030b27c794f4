/**
 * Assembles the open data (`data/dossier.json`) from the collections and the per-build
 * indexes, and checks it against its own schema before it is written: a build never
 * publishes data its schema does not describe.
 */
import { getCollection, getEntry } from 'astro:content';
import dossier from '../../dossier.config';
import { citationsIn, plainText } from '../open-data/plain-citations';
import { placeEvidence } from '../questions/question-evidence';
import { DOSSIER_DATA_VERSION, dossierDataSchema, type DossierData } from '../schemas/dossier-data';
import { getActorIndex, getActors, getCleaningRecord, getCopyWording, getQuestionOrigins, getQuestions, getQuotationStanding, getSources, getSourcesById, getTimeline, bodyOf, paragraphsOf } from './collections';
import { isoDate } from './dates';
import { groupBy } from './list-limits';
import { actorHref, sourceHref, withBase } from './urls';
import { compareIds } from './compare-strings';

export async function buildDossierData(site: URL): Promise<DossierData> {
  const absolute = (path: string) => new URL(path, site).href;
  const home = await getEntry('pages', 'home');
  const sources = await getSources();
  const paragraphs = new Map(sources.map((source) => [source.id, paragraphsOf(source)]));
  const records = new Map(await Promise.all(sources.map(async (source) => [source.id, await getCleaningRecord(source.id)] as const)));
  const index = await getActorIndex();
  // Each actor's mentions grouped by source in one pass: filtering every mention per source
  // is quadratic for an actor most sources name.
  const mentionsOf = (id: string) => {
    const bySource = groupBy(index.mentionsOf(id), (mention) => mention.slug);
    return index.sourcesOf(id).map((count) => ({
      source: count.slug,
      count: count.mentions,
      paragraphs: (bySource.get(count.slug) ?? []).map((mention) => mention.paragraph),
    }));
  };
  const outlets = (await getCollection('outlets')).sort(compareIds);
  const sourcesById = await getSourcesById();
  const questionOrigins = await getQuestionOrigins();
  /** True when the source is a damaged copy, whose cleaned words are not the outlet's. */
  const wordingOf = async (slug: string) => {
    const source = sourcesById.get(slug);
    return source ? (await getCopyWording(source)).damaged : false;
  };

  const data: DossierData = {
    schemaVersion: DOSSIER_DATA_VERSION,
    title: home?.data.title ?? dossier.title,
    description: home?.data.description ?? '',
    site: absolute(withBase('')),
    sources: sources.map((source) => ({
      slug: source.id,
      title: source.data.title,
      titleBasis: source.data.titleBasis,
      outlet: source.data.outlet.id,
      published: isoDate(source.data.published),
      dateBasis: source.data.dateBasis,
      url: source.data.url ?? null,
      archiveUrl: source.data.archiveUrl ?? null,
      language: source.data.language,
      damage: source.data.damage,
      paragraphs: paragraphs.get(source.id)?.length ?? 0,
      wordingInDoubt: (records.get(source.id)?.unrestoredParagraphs ?? []).map(({ paragraph, evidence, reason }) => ({ paragraph, evidence, reason })),
      page: absolute(sourceHref(source.id)),
    })),
    actors: (await getActors()).map((actor) => ({
      id: actor.id,
      name: actor.data.name,
      aliases: actor.data.aliases,
      damagedForms: actor.data.damagedForms,
      kind: actor.data.kind,
      role: actor.data.role,
      affiliations: actor.data.affiliations.map((reference) => reference.id),
      mentions: mentionsOf(actor.id),
      page: absolute(actorHref(actor.id)),
    })),
    outlets: outlets.map((outlet) => ({
      id: outlet.id,
      name: outlet.data.name,
      aliases: outlet.data.aliases,
      damagedForms: outlet.data.damagedForms,
      homepage: outlet.data.homepage ?? null,
      description: outlet.data.description,
    })),
    quotations: (
      await Promise.all(
        sources.map(async (source) =>
          Promise.all(
            index.quotationsIn(source.id).map(async (quotation) => {
              const standing = await getQuotationStanding(source.id, quotation);
              return {
                source: source.id,
                paragraph: quotation.paragraph,
                text: quotation.text,
                speaker: quotation.speaker ?? null,
                basis: quotation.basis,
                speakerAsWritten: quotation.speakerAsWritten ?? null,
                speakerPhrase: quotation.speakerPhrase ?? null,
                via: quotation.via,
                status: standing.status,
                evidence: standing.evidence.map((evidence) => ({ source: evidence.source ?? source.id, paragraph: evidence.paragraph, text: evidence.text })),
                altered: standing.altered.map(([start, end]): [number, number] => [start, end]),
              };
            }),
          ),
        ),
      )
    ).flat(),
    questions: await Promise.all((await getQuestions()).map(async (question) => {
      const answers = new Map(question.data.answers.map((answer) => [answer.source, answer]));
      const origins = questionOrigins.get(question.id);
      if (!origins) throw new Error(`no origins computed for content/questions/${question.id}.md`);
      return {
        id: question.id,
        question: question.data.question,
        relation: question.data.relation,
        relationNote: question.data.relationNote,
        answers: await Promise.all(origins.answers.map(async (origin) => {
          const answer = answers.get(origin.source)!;
          return {
            source: answer.source,
            answer: answer.answer,
            evidenceWording: (await wordingOf(answer.source)) ? ('cleaned-damaged-copy' as const) : ('as-published' as const),
            evidence: placeEvidence(`content/questions/${question.id}.md`, answer.source, paragraphs.get(answer.source), answer.evidence).map(
              (evidence) => ({ source: answer.source, paragraph: evidence.paragraph, text: evidence.text }),
            ),
            origins: origin.origins,
            credits: origin.credits.map((credit) => ({ outlet: credit.outlet, role: credit.role })),
            firstToReport: origin.first,
          };
        })),
        noAnswerIn: question.data.noAnswerIn,
        origins: origins.origins.map((group) => ({ outlet: group.outlet, sources: group.sources, firstPublished: group.firstPublished })),
      };
    })),
    timeline: (await getTimeline()).map((event) => ({
      id: event.id,
      title: event.data.title,
      date: isoDate(event.data.date),
      precision: event.data.precision,
      when: event.data.when,
      text: plainText(bodyOf(event)),
      titleCitation: { ...event.data.titleCitation },
      citations: citationsIn(bodyOf(event)),
    })),
  };
  return dossierDataSchema.parse(data);
}
