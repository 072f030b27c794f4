/**
 * Front matter of an actor in `content/actors/`: a person, organisation, agency or government
 * that acts in the events. The Markdown body is a short neutral bio citing source paragraphs.
 */
import { z } from 'astro/zod';
import { proseText } from './prose-text.ts';

/** The kinds of actor; also a search filter. */
export const actorKinds = ['person', 'agency', 'organisation', 'government', 'outlet'] as const;

export const actorSchema = z
  .object({
    /** Name as a reader knows it, e.g. "Ilsa Marrow". */
    name: z.string().min(1),
    /** Other forms the name takes in sources, e.g. "Marrow", "the defence secretary". */
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * Forms a damaged copy (spun or machine-translated) wrote for the name, e.g. "Defence
     * Minister Ilsa Marrow" for a secretary: found in text like the aliases, so those words
     * still link here, but never a name of the actor's own. Readers see them as a damaged
     * copy's words, and the cleaner's registry repairs never restore a name to one.
     */
    damagedForms: z.array(z.string().min(1)).default([]),
    /** What kind of actor this is. */
    kind: z.enum(actorKinds),
    /** Role at the time of the events, e.g. "US Secretary of Defense". */
    role: proseText,
    /** Ids of actors this one belongs to or reports to (e.g. Cyber Command → Department of Defense). */
    affiliations: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type ActorFrontmatter = z.infer<typeof actorSchema>;
