/**
 * What the cleaner did to one seed: written by the content build to
 * `content/cleaning/<slug>.json`, read by the source page to show readers every change.
 */
import { z } from 'astro/zod';

export const changeSchema = z
  .object({
    /** Id of the pass that made the change, `<pass>/<rule>`, e.g. `debris/comment-form`. */
    ruleId: z.string().min(1),
    /** The text before the change (a whole paragraph when one was removed). */
    before: z.string(),
    /** The text after the change; empty when text was removed. */
    after: z.string(),
    /** 1-based number of the raw paragraph (line block) the change was made in. */
    rawParagraph: z.number().int().positive(),
    /** 1-based number of the cleaned body paragraph it ended up in; null in the headline or a dropped paragraph. */
    paragraph: z.number().int().positive().nullable(),
    /** Where the change landed: the body, the headline, or a paragraph that was removed. */
    location: z.enum(['body', 'headline', 'removed']),
    /** Character offset of the change within that paragraph's text when the pass ran. */
    offset: z.number().int().nonnegative(),
    /** True when the change falls inside a direct quotation. */
    inQuotation: z.boolean(),
    /** One line saying why, for readers. */
    reason: z.string().min(1),
    /**
     * How sure the change is: `certain` (a lexicon form never found in correct English, or a
     * typographic or encoding repair), `probable` (good evidence, not checkable), `guess`.
     */
    confidence: z.enum(['certain', 'probable', 'guess']).optional(),
    /** The readings a language model weighed, best first, with their scores (log10). */
    candidates: z.array(z.object({ text: z.string(), score: z.number() }).strict()).optional(),
  })
  .strict();

export const cleaningRecordSchema = z
  .object({
    /** Version of this record's shape; bump on incompatible change. */
    schemaVersion: z.literal(1),
    /** File name of the raw seed in `seeds/`. */
    seed: z.string().min(1),
    /** SHA-256 of the raw seed's bytes, hex. */
    seedSha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The raw paragraphs (line blocks) in order, as read from the seed. */
    rawParagraphs: z.array(z.string()),
    /** For each cleaned paragraph, the 1-based raw paragraph it came from. */
    paragraphOrigins: z.array(z.number().int().positive()),
    /** The 1-based raw paragraph the headline came from; null when the copy had none. */
    headlineOrigin: z.number().int().positive().nullable(),
    /** Kinds of damage the cleaner found or the maintainer declared (they open gated rules). */
    damageFound: z.array(z.enum(['spun', 'machine-translated'])),
    /** Marker fingerprints found: the evidence for `damageFound`. */
    markers: z.array(z.string()),
    /** Fingerprints found, fixed and left, and the share of raw words changed. */
    score: z
      .object({
        /** Fingerprints of damage found: fixed plus left. */
        found: z.number().int().nonnegative(),
        /** Fingerprints restored by the rules or the editors. */
        fixed: z.number().int().nonnegative(),
        /** Fingerprints left as received (uncertain passages, rules that could not apply). */
        left: z.number().int().nonnegative(),
        /** Words in the raw text. */
        words: z.number().int().nonnegative(),
        /** Raw words removed or replaced. */
        wordsChanged: z.number().int().nonnegative(),
        /** wordsChanged / words. */
        shareChanged: z.number().min(0).max(1),
      })
      .strict(),
    /** Direct quotations whose words cleaning changed, marked for readers on the page. */
    alteredQuotations: z.array(
      z
        .object({
          /** 1-based cleaned paragraph. */
          paragraph: z.number().int().positive(),
          /** The quotation as it reads after cleaning. */
          text: z.string().min(1),
          /** The quotation as received. */
          original: z.string(),
        })
        .strict(),
    ),
    /** Every change, in the order the passes made them. */
    changes: z.array(changeSchema),
  })
  .strict();

export type Change = z.infer<typeof changeSchema>;
export type CleaningRecord = z.infer<typeof cleaningRecordSchema>;
