/**
 * The one shape of an id that is also an address: lower-case words and digits joined by
 * hyphens ("courant-marrow-orders-pause"). Source slugs, file names and references all use it.
 */
import { z } from 'astro/zod';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest slug. Addresses stay readable, and the file written for it (`<slug>.md`, and
 * `<slug>.md.tmp-<pid>` while it is being written) stays far below the 255 bytes a file name
 * may have on every common filesystem.
 */
export const MAX_SLUG_LENGTH = 100;

/**
 * Names Windows reserves for devices: a file called `nul.md` or `con.md` cannot be checked
 * out there, and on some tools opens the device instead. Compared without the extension.
 */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * The address segment of a paginated list's later pages (`/sources/page/2/`,
 * `/questions/page/2/`, see src/route-data/list-pages.ts): a source or a key question with
 * this id would take the address `/sources/page/` or `/questions/page/`, so none may have it.
 */
export const LIST_PAGES_SEGMENT = 'page';

/** What is wrong with `value` as a slug, as the end of a sentence ("must be …"), or undefined. */
export function slugProblem(value: string): string | undefined {
  if (value.length > MAX_SLUG_LENGTH) return `is ${value.length} characters long; a slug may have at most ${MAX_SLUG_LENGTH}.`;
  if (!SLUG_PATTERN.test(value)) return 'must be lower-case words and digits joined by hyphens, such as "courant-marrow-orders-pause".';
  if (WINDOWS_RESERVED.test(value)) return `is a name Windows reserves for a device ("${value}"); choose another.`;
  return undefined;
}

/**
 * What is wrong with `value` as the id of an entry whose address is `/<folder>/<id>/`, beside a
 * paginated list's later pages at `/<folder>/page/<n>/`, or undefined.
 */
function listedIdProblem(folder: string, list: string): (value: string) => string | undefined {
  return (value) =>
    value === LIST_PAGES_SEGMENT ? `is reserved: "/${folder}/${LIST_PAGES_SEGMENT}/" is where ${list}'s later pages live; choose another.` : slugProblem(value);
}

/** What is wrong with `value` as a source's slug (its address under `/sources/`), or undefined. */
export const sourceSlugProblem = listedIdProblem('sources', 'the sources index');

/** What is wrong with `value` as a key question's id (its file name, and its address under `/questions/`), or undefined. */
export const questionIdProblem = listedIdProblem('questions', 'the key questions index');

/** A slug in front matter or a sidecar, checked as above. */
export const slugSchema = z.string().superRefine((value, context) => {
  const problem = slugProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: `a slug ${problem}` });
});

/** A source's slug (a sidecar's `slug`), checked as above and refused if reserved. */
export const sourceSlugSchema = z.string().superRefine((value, context) => {
  const problem = sourceSlugProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: `a source slug ${problem}` });
});
