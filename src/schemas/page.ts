/**
 * Front matter of an editors' prose page in `content/pages/` (the explainer, the method).
 */
import { z } from 'astro/zod';

export const pageSchema = z
  .object({
    /** Page heading. */
    title: z.string().min(1),
    /** One-sentence summary, used as the page description. */
    description: z.string().min(1),
  })
  .strict();
