import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The cleaned sources, as the dossier reads them; only the title matters here. */
const sources = defineCollection({
  loader: glob({ base: './content/sources', pattern: '*.md' }),
  schema: z.object({ title: z.string() }),
});

export const collections = { sources };
