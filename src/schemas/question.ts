/**
 * Front matter of a key question in `content/questions/`: a question a reader brings to the
 * dossier, and how each source answers it. The compare page shows the questions as a
 * matrix (questions × sources). A source with no answer reads "not reported" only when an
 * editor has read it for the question and found none (`noAnswerIn`); any other reads "not yet
 * read", so the site never says a source is silent on a question no one has checked it for.
 */
import { z } from 'astro/zod';
import { proseText } from './prose-text.ts';
import { slugSchema } from './slug.ts';

/** How the sources that answer a question relate to each other. */
export const questionRelations = ['agree', 'differ', 'contradict', 'single-source'] as const;

export const answerSchema = z
  .object({
    /** Slug of the answering source (a file in content/sources/). */
    source: slugSchema,
    /** The source's answer in one sentence of our own words. */
    answer: proseText,
    /**
     * Words copied exactly from the source's cleaned text that show the answer; the build
     * fails if any is not in the source. Each links to its paragraph and is highlighted there.
     */
    evidence: z.array(z.string().min(8, 'at least 8 characters, so it points at one passage')).min(1),
  })
  .strict();

export const questionSchema = z
  .object({
    /** The question, as a reader would ask it. */
    question: proseText,
    /** Position among the questions, 1 first. */
    order: z.number().int().positive(),
    /** Whether the answering sources agree, differ in detail, contradict each other, or only one answers. */
    relation: z.enum(questionRelations),
    /** One sentence saying how the answers relate, in our words. */
    relationNote: proseText,
    /** Each answering source's answer. */
    answers: z.array(answerSchema).min(1),
    /**
     * Slugs of the sources an editor has read for this question and found no answer in: they
     * read "not reported". A source in neither list has not been read for it yet.
     */
    noAnswerIn: z.array(slugSchema).default([]),
  })
  .strict()
  .superRefine((question, context) => {
    const sources = question.answers.map((answer) => answer.source);
    sources.forEach((source, index) => {
      if (sources.indexOf(source) !== index) {
        context.addIssue({ code: 'custom', path: ['answers', index, 'source'], message: `source "${source}" answers twice; merge the two answers.` });
      }
    });
    question.noAnswerIn.forEach((source, index) => {
      if (sources.includes(source)) {
        context.addIssue({ code: 'custom', path: ['noAnswerIn', index], message: `source "${source}" answers this question; take it out of noAnswerIn or out of answers.` });
      } else if (question.noAnswerIn.indexOf(source) !== index) {
        context.addIssue({ code: 'custom', path: ['noAnswerIn', index], message: `source "${source}" is listed twice.` });
      }
    });
    const distinct = new Set(sources).size;
    if (question.relation === 'single-source' && distinct !== 1) {
      context.addIssue({ code: 'custom', path: ['relation'], message: `"single-source" needs exactly one answer; this question has ${distinct}.` });
    }
    if (question.relation !== 'single-source' && distinct < 2) {
      context.addIssue({ code: 'custom', path: ['relation'], message: `"${question.relation}" compares answers, but only one source answers; use "single-source".` });
    }
  });

export type QuestionFrontmatter = z.infer<typeof questionSchema>;
