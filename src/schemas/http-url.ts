/**
 * An address a page links to: http or https only. Front matter is untrusted, and a value
 * here becomes an `href`, so `javascript:`, `data:` and every other scheme is refused with a
 * message saying what is expected. The check parses the value as browsers do (WHATWG URL),
 * so tabs, newlines, entities-turned-characters and case cannot disguise another scheme.
 */
import { z } from 'astro/zod';

export const httpUrl = z.url({
  protocol: /^https?$/,
  message: 'an http or https address, such as "https://www.bbc.co.uk/news/…" (other schemes, such as javascript:, are refused)',
});
