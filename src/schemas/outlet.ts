/**
 * Front matter of an outlet in `content/outlets/`: a publication that published a source
 * or that sources cite for their reporting.
 */
import { z } from 'astro/zod';
import { httpUrl } from './http-url.ts';
import { proseText } from './prose-text.ts';

export const outletSchema = z
  .object({
    /** Name as the outlet styles it, e.g. "The Dispatch". */
    name: z.string().min(1),
    /** Other forms the name takes in sources, e.g. "Courant" for "Daily Courant". */
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * Forms a damaged copy wrote for the name, e.g. "Daily Current" for "Daily Courant": found
     * in text like the aliases, never a name of the outlet's own (see the actor schema).
     */
    damagedForms: z.array(z.string().min(1)).default([]),
    /** Home page of the outlet. */
    homepage: httpUrl.optional(),
    /** One line saying what the outlet is, in our words. */
    description: proseText,
  })
  .strict();

export type OutletFrontmatter = z.infer<typeof outletSchema>;
