/**
 * A calendar date in front matter. Written `YYYY-MM-DD` and checked to be a real date:
 * JavaScript's Date would quietly turn 2025-02-30 into 2 March, so an impossible date is
 * refused rather than moved. A Date object is accepted too, for YAML parsers that read
 * dates themselves (Astro's does).
 */
import { z } from 'astro/zod';

export const calendarDate = z
  .union([z.date(), z.iso.date({ message: 'a real date written YYYY-MM-DD, such as 2025-03-03' })])
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));

/**
 * The same date kept as its `YYYY-MM-DD` text (a seed's sidecar writes it on into the source
 * it generates). A Date object is accepted for the same reason as above.
 */
export const calendarDay = z
  .union([z.date(), z.iso.date({ message: 'a real date written YYYY-MM-DD, such as 2025-03-03' })])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value));
