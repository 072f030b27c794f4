/**
 * A new hand-added source from an article's text and a few facts about it: the file name
 * (slug), the front matter and the body, checked against the same schema the build uses,
 * so what `npm run new-source` writes always passes `npm run validate`. Pure: the command
 * line reads and writes the files.
 */
import { sourceSlugProblem } from '../../src/schemas/slug.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { ContentError, type ContentProblem } from '../../src/files/content-error.ts';
import { frontMatterYaml, paragraphToMarkdown } from './render-source.ts';

/** What a maintainer tells us about the article. */
export interface NewSourceFacts {
  /** Headline as published. */
  title: string;
  /** Id of the outlet (a file in content/outlets/). */
  outlet: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** Address of the original, if known. */
  url?: string | undefined;
  /** Address of an archived copy of the original, if there is one. */
  archiveUrl?: string | undefined;
  /** BCP 47 language tag; English when not given. */
  language?: string | undefined;
  /** Provenance notes for readers. */
  notes?: string | undefined;
  /** File name to use instead of the one made from the outlet and title. */
  slug?: string | undefined;
}

/** What the command writes. */
export interface ScaffoldedSource {
  slug: string;
  /** BCP 47 tag of the article's language, as the front matter records it. */
  language: string;
  /** The whole file: front matter and body. */
  text: string;
  /** The article's paragraphs as plain text, for reporting names no actor covers. */
  paragraphs: string[];
  /** Whether the text's first paragraph was the headline itself, and so left out of the body. */
  headlineLeftOut: boolean;
}

const MAX_SLUG = 64;

/** "Daily Courant" + "Marrow orders pause…" → "daily-courant-marrow-orders-pause…", cut at a word. */
export function slugFor(outlet: string, title: string): string {
  const words = `${outlet} ${title}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug === '' ? 'source' : slug;
}

/**
 * A headline as compared: letters and digits in lower case, quotation marks and dashes of any
 * kind alike, a Markdown heading's `#` and emphasis marks and end punctuation ignored.
 */
function headlineKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^#{1,6}\s+/u, '')
    .replace(/[*_]+/gu, '')
    .replace(/[‘’ʼ]/gu, "'")
    .replace(/[“”„]/gu, '"')
    .replace(/[‐‑‒–—]/gu, '-')
    .replace(/[\s.!?:;,]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A Markdown file keeps its Markdown; a text file's paragraphs (blank-line or line separated)
 * become escaped Markdown text. A first paragraph that is the headline itself (as copied from a
 * web page, or a Markdown `# Headline`) is left out: the page shows the title already, and
 * the headline is no paragraph of the article's body.
 */
export function articleBody(text: string, isMarkdown: boolean, title?: string): { markdown: string; paragraphs: string[]; headlineLeftOut: boolean } {
  const withoutBom = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const repeatsTitle = (paragraphs: readonly string[]) => {
    const first = paragraphs[0];
    return title !== undefined && first !== undefined && paragraphs.length > 1 && headlineKey(title) !== '' && headlineKey(first) === headlineKey(title);
  };
  if (isMarkdown) {
    let body = withoutBom.replace(/^---\n[\s\S]*?\n---(?:\n|$)/, '').trim();
    const paragraphsOf = (markdown: string) => markdown.split(/\n\s*\n/).map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const headlineLeftOut = repeatsTitle(paragraphsOf(body));
    // The Markdown after its first block, as written (a code block's blank lines kept).
    if (headlineLeftOut) body = body.slice(body.search(/\n\s*\n/)).trim();
    return { markdown: body, paragraphs: paragraphsOf(body), headlineLeftOut };
  }
  // Copied web text often has one paragraph per line and no blank lines between them.
  const blocks = /\n\s*\n/.test(withoutBom) ? withoutBom.split(/\n\s*\n/) : withoutBom.split('\n');
  const all = blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter((block) => block !== '');
  const headlineLeftOut = repeatsTitle(all);
  const paragraphs = headlineLeftOut ? all.slice(1) : all;
  return { markdown: paragraphs.map(paragraphToMarkdown).join('\n\n'), paragraphs, headlineLeftOut };
}

export function scaffoldSource(
  facts: NewSourceFacts,
  article: { text: string; file: string; isMarkdown: boolean },
  known: { outlets: readonly string[]; slugs: readonly string[]; today: string },
): ScaffoldedSource {
  const problems: ContentProblem[] = [];
  // Problems with the facts point at the command-line option to change.
  const option = (name: string) => ({ file: 'npm run new-source', field: `--${name}` });
  if (!known.outlets.includes(facts.outlet)) {
    problems.push({
      ...option('outlet'),
      message: `no outlet "${facts.outlet}" in content/outlets/; use one of: ${known.outlets.join(', ')} (or add content/outlets/${facts.outlet}.md first).`,
    });
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(facts.published) && facts.published > known.today) {
    problems.push({ ...option('published'), message: `${facts.published} is in the future (today is ${known.today}).` });
  }
  const slug = facts.slug ?? slugFor(facts.outlet, facts.title);
  const slugFault = sourceSlugProblem(slug);
  if (slugFault) {
    problems.push({ ...option('slug'), message: `"${slug.length > 60 ? `${slug.slice(0, 57)}...` : slug}" ${slugFault}` });
  } else if (known.slugs.includes(slug)) {
    problems.push({
      ...option('slug'),
      message: `content/sources/${slug}.md already exists; nothing was overwritten. Give another name with --slug.`,
    });
  }
  const frontmatter = {
    title: facts.title,
    outlet: facts.outlet,
    published: facts.published,
    ...(facts.url ? { url: facts.url } : {}),
    ...(facts.archiveUrl ? { archiveUrl: facts.archiveUrl } : {}),
    language: facts.language ?? 'en',
    ...(facts.notes ? { notes: facts.notes } : {}),
  };
  const checked = sourceSchema.safeParse(frontmatter);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? 'input');
      problems.push({ ...option(field === 'archiveUrl' ? 'archive-url' : field), message: `${issue.message} (found ${JSON.stringify(frontmatter[issue.path[0] as keyof typeof frontmatter] ?? null)}).` });
    }
  }
  const { markdown, paragraphs, headlineLeftOut } = articleBody(article.text, article.isMarkdown, facts.title);
  if (paragraphs.length === 0) problems.push({ file: article.file, message: 'has no text to use as the article.' });
  if (problems.length > 0) throw new ContentError(problems);
  return { slug, language: frontmatter.language, text: `---\n${frontMatterYaml(frontmatter)}\n---\n\n${markdown}\n`, paragraphs, headlineLeftOut };
}
