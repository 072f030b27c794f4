/**
 * The dossier's open data, `data/dossier.json`: everything the site shows, as one
 * machine-readable file. The build also publishes this schema as JSON Schema at
 * `data/dossier.schema.json`. `schemaVersion` changes whenever a field is removed or its
 * meaning changes; adding a field does not change it.
 */
import { z } from 'astro/zod';
import { actorKinds } from './actor.ts';
import { questionRelations } from './question.ts';
import { SLUG_PATTERN } from './slug.ts';
import { datePrecisions } from './timeline-event.ts';
import { quotationStatuses, unrestoredEvidenceKinds } from './cleaning-record.ts';

/** The version of this schema (2: quotations carry what their words rest on; evidence says whose words it is). */
export const DOSSIER_DATA_VERSION = 2;

const slug = z.string().regex(SLUG_PATTERN);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A date, YYYY-MM-DD.');
const pageUrl = z.string().describe('Address of the page on the site, absolute.');

const paragraphLink = z
  .object({
    source: slug.describe('Slug of the source.'),
    paragraph: z.number().int().positive().describe('Paragraph number, 1 first, as on the source page.'),
  })
  .strict();

export const dossierDataSchema = z
  .object({
    schemaVersion: z.literal(DOSSIER_DATA_VERSION).describe('Version of this schema.'),
    title: z.string().describe('Title of the dossier.'),
    description: z.string().describe('What the dossier is about, in one sentence.'),
    site: z.string().describe('Address of the dossier site.'),
    sources: z
      .array(
        z
          .object({
            slug: slug.describe('Identifier of the source, also its page address.'),
            title: z.string().describe('Headline, or our title when the copy lost its headline.'),
            titleBasis: z.enum(['published', 'editorial']).describe('Whether the title is the outlet\'s or ours.'),
            outlet: slug.describe('Id of the publishing outlet.'),
            published: isoDate.describe('Publication date.'),
            dateBasis: z.enum(['stated', 'estimated']).describe('Whether the date is stated or estimated from the text.'),
            url: z.string().nullable().describe('Original address, or null when unknown.'),
            archiveUrl: z.string().nullable().describe('Address of an archived copy of the original, or null.'),
            language: z.string().describe('Language of the text (BCP 47).'),
            damage: z.array(z.string()).describe('Kinds of damage found in the copy received.'),
            paragraphs: z.number().int().nonnegative().describe('Number of paragraphs of the cleaned text.'),
            wordingInDoubt: z
              .array(
                z
                  .object({
                    paragraph: z.number().int().positive().describe('Paragraph number, 1 first, as on the source page.'),
                    evidence: z
                      .array(z.enum(unrestoredEvidenceKinds))
                      .min(1)
                      .describe(
                        'What the doubt rests on: left-as-received (a passage flagged and left as it arrived), fingerprint-left (a known damage fingerprint cleaning could not undo), known-swaps-left (words the copy’s spinner is known to write for others, left where the English model could not tell; a doubt, not proof), swap-readings-left (the English model reads words as a spinner’s swaps; a guess, not proof).',
                      ),
                    reason: z.string().describe('The reason the source page gives readers, in one sentence.'),
                  })
                  .strict(),
              )
              .describe('Paragraphs of a damaged copy whose wording may still be the damaged copy’s rather than the outlet’s; empty when there are none.'),
            page: pageUrl,
          })
          .strict(),
      )
      .describe('The news articles the dossier is built from.'),
    actors: z
      .array(
        z
          .object({
            id: slug.describe('Identifier of the actor, also its page address.'),
            name: z.string().describe('Name.'),
            aliases: z.array(z.string()).describe('Other forms of the name in the sources.'),
            damagedForms: z.array(z.string()).describe('Forms a damaged copy (spun or machine-translated) wrote for the name: a damaged copy\'s words, not a name in use.'),
            kind: z.enum(actorKinds).describe('Kind of actor.'),
            role: z.string().describe('Role at the time of the events.'),
            affiliations: z.array(slug).describe('Ids of actors this one belongs to.'),
            mentions: z
              .array(z.object({ source: slug, count: z.number().int().positive(), paragraphs: z.array(z.number().int().positive()) }).strict())
              .describe('Sources that name the actor, how often, and in which paragraphs.'),
            page: pageUrl,
          })
          .strict(),
      )
      .describe('People, agencies, organisations and governments in the events.'),
    outlets: z
      .array(
        z
          .object({
            id: slug.describe('Identifier of the outlet.'),
            name: z.string().describe('Name.'),
            aliases: z.array(z.string()).describe('Other forms of the name in the sources.'),
            damagedForms: z.array(z.string()).describe('Forms a damaged copy (spun or machine-translated) wrote for the name: a damaged copy\'s words, not a name in use.'),
            homepage: z.string().nullable().describe('Home page, or null.'),
            description: z.string().describe('What the outlet is.'),
          })
          .strict(),
      )
      .describe('Outlets that published sources or that sources cite.'),
    quotations: z
      .array(
        paragraphLink
          .extend({
            text: z.string().describe('The quoted words, without quotation marks.'),
            speaker: slug.nullable().describe('Id of the speaker (an actor of the registry), or null when the text does not establish one or names someone the registry does not have (see `speakerAsWritten`).'),
            basis: z
              .enum(['cue-after', 'cue-before', 'pronoun', 'description', 'previous-sentence', 'continued', 'unattributed'])
              .describe('How the speaker was established from the text.'),
            speakerAsWritten: z
              .string()
              .nullable()
              .describe(
                'A speaker the text names whom the registry of actors does not have, as the text writes them ("Rep. Dana Whitfield of Marshfield"): not an actor id, with no actor page; `speaker` is then null. Null otherwise.',
              ),
            speakerPhrase: z.string().nullable().describe('For an unattributed quotation, how the text describes the speaker.'),
            via: z.array(slug).describe('Outlets named in the reporting words ("told the Daily Courant").'),
            status: z
              .enum(quotationStatuses)
              .describe(
                'What the words rest on: "verbatim" (a copy that arrived undamaged), "corroborated" or "restored" (by another undamaged source, see evidence), "unverified" (the wording of a copy damaged by a spinner or a translation: not necessarily what was said).',
              ),
            evidence: z.array(paragraphLink.extend({ text: z.string().describe('The other source\'s words.') }).strict()).describe('The other sources that carry the same words, or that the words were restored from.'),
            altered: z
              .array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]))
              .describe('[start, end) offsets, in `text`, of words that cleaning changed.'),
          })
          .strict(),
      )
      .describe('Every direct quotation in the sources.'),
    questions: z
      .array(
        z
          .object({
            id: slug.describe('Identifier of the question.'),
            question: z.string().describe('The question.'),
            relation: z.enum(questionRelations).describe('Whether the answering sources agree, differ, contradict, or only one answers.'),
            relationNote: z.string().describe('How the answers relate, in one sentence.'),
            answers: z
              .array(
                z
                  .object({
                    source: slug.describe('Slug of the answering source.'),
                    answer: z.string().describe('The answer in our words.'),
                    evidence: z
                      .array(paragraphLink.extend({ text: z.string().describe('Words copied exactly from the source\'s cleaned text.') }).strict())
                      .describe('Evidence quotations and where they are.'),
                    evidenceWording: z
                      .enum(['as-published', 'cleaned-damaged-copy'])
                      .describe('Whose words the evidence is: the outlet\'s as published, or our cleaning of a copy damaged by a spinner or a translation (not necessarily the outlet\'s).'),
                    origins: z
                      .array(slug)
                      .describe('Ids of the outlets whose original reporting the answer rests on: the outlets its evidence credits (followed to what their own answers rest on), or its own outlet when it credits none.'),
                    credits: z
                      .array(z.object({ outlet: slug.describe('Id of the credited outlet.'), role: z.enum(['report', 'confirmation']).describe('Credited for its reporting, or as confirming it.') }).strict())
                      .describe('Outlets the sentences holding the evidence credit, in the order credited; empty for the source\'s own reporting.'),
                    firstToReport: z.boolean().describe('True for the earliest answers by publication date (every answer of the earliest day).'),
                  })
                  .strict(),
              )
              .describe('Answers, oldest first.'),
            noAnswerIn: z
              .array(slug)
              .describe('Slugs of the sources an editor read for the question and found no answer in ("not reported"); a source neither answering nor listed here has not been read for it yet.'),
            origins: z
              .array(
                z
                  .object({
                    outlet: slug.describe('Id of the outlet whose original reporting it is.'),
                    sources: z.array(slug).describe('Answering sources resting on it, oldest first.'),
                    firstPublished: isoDate.describe('Publication date of the earliest of them.'),
                  })
                  .strict(),
              )
              .describe('The independent original reports the answers rest on, the one most sources carry first.'),
          })
          .strict(),
      )
      .describe('Key questions and how each source answers them.'),
    timeline: z
      .array(
        z
          .object({
            id: slug.describe('Identifier of the event.'),
            title: z.string().describe('What happened.'),
            date: isoDate.describe('Best date: the day, or the latest it can have happened.'),
            precision: z.enum(datePrecisions).describe('How precisely the date is known.'),
            when: z.string().describe('The date in words, saying what a relative date is relative to.'),
            text: z.string().describe('What happened, in our words, with citations as "(Courant ¶3)".'),
            titleCitation: paragraphLink
              .extend({ words: z.string().describe('The words of the paragraph the title rests on.') })
              .strict()
              .describe('The source paragraph the title rests on.'),
            citations: z
              .array(paragraphLink.extend({ words: z.string().optional().describe('The words of the paragraph the citation rests on.') }).strict())
              .describe('Source paragraphs the event rests on, each with the words it relies on.'),
          })
          .strict(),
      )
      .describe('Dated events, in order.'),
  })
  .strict();

export type DossierData = z.infer<typeof dossierDataSchema>;

/** The schema as JSON Schema, for readers of the open data. */
export function dossierJsonSchema(site: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(dossierDataSchema, { target: 'draft-2020-12' }),
    $id: new URL(`data/dossier.schema.json`, site).href,
    title: `The dossier's open data, version ${DOSSIER_DATA_VERSION}`,
  };
}
