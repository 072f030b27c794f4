/**
 * SmartyPants for the plain-text fields we write in front matter (answers, relation notes,
 * roles, descriptions, dates as read): curly quotation marks and apostrophes, dashes and
 * ellipses, as Astro's SmartyPants gives Markdown bodies (src/markdown/remark-smartypants-when-needed.ts),
 * so that an answer typed as `the copy's "The file"` reads on the page as the copy’s “The
 * file”, like the prose around it. The same plugin (retext-smartypants, with its defaults, as
 * remark-smartypants runs it) on the same text gives the same marks. Text SmartyPants cannot
 * change is returned as it is, without parsing; so is text longer than the Markdown path's
 * limit (`MAX_SMARTYPANTS_TEXT`), for the same reason: retext's parser takes time growing with
 * the square of the sentences, and a field is contributed text, so a hostile one could hold
 * hundreds of kilobytes. Past the limit the marks stay as typed: typography lost, not meaning.
 */
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { MAX_SMARTYPANTS_TEXT, smartypantsMayChange } from '../markdown/remark-smartypants-when-needed.ts';

const processor = retext().use(retextSmartypants);

/**
 * Texts already given their marks. The same few reasons come back thousands of times (a
 * lexicon entry's reason, once for every change it makes in every copy) and each parse costs
 * about a tenth of a millisecond; the map is emptied when it reaches `MEMO_SIZE`, so a dossier
 * of many different fields never makes it grow without end.
 */
const memo = new Map<string, string>();
const MEMO_SIZE = 10_000;

/** `text` with SmartyPants' marks. */
export function typographer(text: string): string {
  if (text.length > MAX_SMARTYPANTS_TEXT || !smartypantsMayChange(text)) return text;
  const known = memo.get(text);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const marked = String(processor.processSync(text));
  memo.set(text, marked);
  return marked;
}
