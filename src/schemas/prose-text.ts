/**
 * Words we write in a front matter field for readers to read as prose (an answer, a relation
 * note, a role, a description, a date as read): a non-empty string, given SmartyPants' marks
 * when it is read (src/lib/typography.ts), as a Markdown body is. A maintainer types straight
 * quotes; the page, the feeds and the open data carry the curly ones, like the prose around
 * them. Names, aliases, damaged forms and evidence are not prose: they are matched against
 * the sources' text exactly as written, and keep their own schemas.
 */
import { z } from 'astro/zod';
import { typographer } from '../lib/typography.ts';

export const proseText = z.string().min(1).transform(typographer);

/** The same for a field that may be empty (a source's provenance notes). */
export const optionalProseText = z.string().transform(typographer).optional();
