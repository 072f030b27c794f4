/**
 * Front matter of an editors' prose page in `content/pages/` (the explainer, the method).
 */
import { z } from 'astro/zod';
import { proseText } from './prose-text.ts';

export const pageSchema = z
  .object({
    /** Page heading. */
    title: proseText,
    /** One-sentence summary, used as the page description. */
    description: proseText,
    /**
     * Whether the page states facts about the events (the explainer), so that every sentence
     * must cite the paragraph it rests on; false for a page about the site (the method).
     */
    factual: z.boolean().default(true),
  })
  .strict();
