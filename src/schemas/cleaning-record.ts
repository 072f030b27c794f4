/**
 * What the cleaner did to one seed: written by the content build to
 * `content/cleaning/<slug>.json`, read by the source page to show readers every change.
 */
import { z } from 'astro/zod';
import { meaningClasses } from '../language/en/meaning-bearing.ts';
import { wordingDamageKinds } from './damage-kinds.ts';
import { proseText } from './prose-text.ts';

/**
 * How sure a change is, as readers are told it: `certain` rests on evidence the build can
 * check (a typographic repair, a lexicon form that never occurs in correct English, another
 * source's paragraph or the copy's own words); `probable` on good grounds it cannot check;
 * `guess` on plausibility alone. Anything short of certain is marked on the words.
 */
export const confidences = ['certain', 'probable', 'guess'] as const;
export type Confidence = (typeof confidences)[number];

/** Evidence a change rests on, which the build checks and a reader can open. */
export const changeEvidenceSchema = z
  .object({
    /** Slug of the source whose paragraph is the evidence; null for this copy's own words. */
    source: z.string().min(1).nullable(),
    /** 1-based paragraph of that source (of this copy: its cleaned paragraph). */
    paragraph: z.number().int().positive(),
    /** The words of that paragraph the change rests on, exactly as written there. */
    text: z.string().min(1),
  })
  .strict();

export type ChangeEvidence = z.infer<typeof changeEvidenceSchema>;

export const changeSchema = z
  .object({
    /** Id of the rule that made the change, `<family>/<rule>`, e.g. `debris/comment-form` (families, the passes that write them and their documentation: scripts/clean/rule-families.ts). */
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
    /** One line saying why, for readers (SmartyPants' marks given when it is read: lexicon entries and sidecars are typed with straight quotes). */
    reason: proseText,
    /** How sure the change is (see `confidences`); a passage left as received is a `guess` at best. */
    confidence: z.enum(confidences),
    /** What the change can alter in a claim, read from the words it changes; empty for a change of form only. */
    meaning: z.array(z.enum(meaningClasses)),
    /** The checkable evidence the change rests on, when it has some. */
    evidence: changeEvidenceSchema.optional(),
    /**
     * Where the change's words stand in the final text of its paragraph (or the headline):
     * [start, end) in characters; null when later cleaning removed them or the paragraph.
     */
    span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).nullable(),
    /** The readings a language model weighed, best first, with their scores (log10). */
    candidates: z.array(z.object({ text: z.string(), score: z.number() }).strict()).optional(),
  })
  .strict();

/** What a quotation's words rest on (see src/quotations/quotation-status.ts). */
export const quotationStatuses = ['verbatim', 'corroborated', 'restored', 'unverified'] as const;
export type QuotationStatus = (typeof quotationStatuses)[number];

/** One direct quotation of a cleaned source, and what its words rest on. */
export const quotationRecordSchema = z
  .object({
    /** 1-based cleaned paragraph. */
    paragraph: z.number().int().positive(),
    /** [start, end) of the quoted words (marks excluded) in the paragraph's final text. */
    span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
    /** The quoted words as they read after cleaning. */
    text: z.string().min(1),
    /** verbatim (an undamaged copy), corroborated or restored (by another source), or unverified (a damaged copy's wording). */
    status: z.enum(quotationStatuses),
    /** The other sources' paragraphs that carry the same words (or that the words were restored from). */
    evidence: z.array(changeEvidenceSchema),
    /** [start, end) of each run of words cleaning changed inside the quotation (the † marks). */
    altered: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
  })
  .strict();

export type QuotationRecord = z.infer<typeof quotationRecordSchema>;

/**
 * What shows that a paragraph of a damaged copy still carries damage cleaning did not undo
 * (see scripts/clean/unrestored-paragraphs.ts): a passage the editors flagged and left as
 * received; a lexicon fingerprint whose rule could not apply; words the copy's own spinner
 * is known to write for others (its lexicon's recorded swaps), left where the model could not
 * tell; swap readings the English model still finds in the cleaned words.
 */
export const unrestoredEvidenceKinds = ['left-as-received', 'fingerprint-left', 'known-swaps-left', 'swap-readings-left'] as const;
export type UnrestoredEvidence = (typeof unrestoredEvidenceKinds)[number];

/** A paragraph of a spun or machine-translated copy whose wording is still the damaged copy's. */
export const unrestoredParagraphSchema = z
  .object({
    /** 1-based cleaned paragraph. */
    paragraph: z.number().int().positive(),
    /** What shows the damage is still there, in the order of `unrestoredEvidenceKinds`. */
    evidence: z.array(z.enum(unrestoredEvidenceKinds)).min(1),
    /** The words of the paragraph's final text the evidence points at, by kind of evidence, each kind in text order. */
    words: z.array(z.string().min(1)),
    /** One sentence for readers: why the paragraph's wording is still the damaged copy's (SmartyPants' marks given when it is read). */
    reason: proseText,
  })
  .strict();

export type UnrestoredParagraph = z.infer<typeof unrestoredParagraphSchema>;

export const cleaningRecordSchema = z
  .object({
    /** Version of this record's shape; bump on incompatible change (2: confidence, meaning, evidence, spans, quotations; 3: unrestored paragraphs). */
    schemaVersion: z.literal(3),
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
    damageFound: z.array(z.enum(wordingDamageKinds)),
    /**
     * The evidence for `damageFound`: marker fingerprints found (phrases of the copy), and
     * summaries of the detector's general evidence (`evidenceSummary`: "language model: …").
     */
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
    /** Every direct quotation of the cleaned text, with what its words rest on. */
    quotations: z.array(quotationRecordSchema),
    /** Paragraphs of a spun or machine-translated copy whose damage cleaning did not undo; empty for an undamaged copy. */
    unrestoredParagraphs: z.array(unrestoredParagraphSchema),
  })
  .strict();

export type Change = z.infer<typeof changeSchema>;
export type CleaningRecord = z.infer<typeof cleaningRecordSchema>;

/**
 * Who gathered a marker that is a summary of general evidence, not a phrase of the copy: the
 * detector's counts of swap readings (the English model's, the spinner lexicon's table's), and
 * the kinds of round-trip slip the general translation repairs found.
 */
export const evidenceSources = ['language model', 'spinner lexicon', 'translation repairs'] as const;
export type EvidenceSource = (typeof evidenceSources)[number];

/** A marker summarising general evidence: its source, a colon, what it counted. */
export function evidenceSummary(source: EvidenceSource, counted: string): string {
  return `${source}: ${counted}`;
}

/** Whether a marker is a summary of general evidence (`evidenceSummary`) rather than a phrase of the copy. */
export function isEvidenceSummary(marker: string): boolean {
  return evidenceSources.some((source) => marker.startsWith(`${source}: `));
}
