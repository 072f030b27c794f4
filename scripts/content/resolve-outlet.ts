/**
 * Which outlet a maintainer means by `--outlet`, and the file for one the dossier does not
 * have yet. A maintainer knows the outlet as "Radio Varde", not as the file name
 * `radio-varde`, so the file name, the name and every alias are accepted; an outlet no file
 * names is written from a name and a description, checked against the schema the build
 * uses, so a new outlet never means learning the file format from an error. Pure: the
 * command line reads and writes the files.
 */
import { outletSchema } from '../../src/schemas/outlet.ts';
import { slugProblem } from '../../src/schemas/slug.ts';
import { ContentError, type ContentProblem } from '../../src/files/content-error.ts';
import { frontMatterYaml } from './render-source.ts';
import { slugFor } from './scaffold-source.ts';

/** An outlet of content/outlets/, as the registry reads it. */
export interface KnownOutlet {
  /** File name without `.md`. */
  id: string;
  name: string;
  aliases: readonly string[];
}

/** What a maintainer tells us about a new outlet. */
export interface NewOutletFacts {
  /** Name as the outlet styles it ("Radio Varde"). */
  name: string;
  /** One line saying what the outlet is, in our words. */
  description: string;
  /** Home page, if known. */
  homepage?: string | undefined;
}

/** A new outlet file. */
export interface ScaffoldedOutlet {
  id: string;
  /** The whole file, front matter only. */
  text: string;
}

/** Case, curly apostrophes, runs of white space and a typed `.md` do not tell names apart. */
function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’]/gu, "'")
    .replace(/\.md$/iu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('en');
}

/** The outlet whose file name, name or alias is `given`; undefined when none is. */
export function findOutlet(given: string, outlets: readonly KnownOutlet[]): KnownOutlet | undefined {
  const wanted = comparable(given);
  if (wanted === '') return undefined;
  return (
    outlets.find((outlet) => outlet.id === wanted) ??
    outlets.find((outlet) => comparable(outlet.name) === wanted) ??
    outlets.find((outlet) => outlet.aliases.some((alias) => comparable(alias) === wanted))
  );
}

/** "id (Name)" for each outlet, for messages that list them. */
export function listOutlets(outlets: readonly KnownOutlet[]): string {
  return outlets.map((outlet) => (outlet.name === outlet.id ? outlet.id : `${outlet.id} (${outlet.name})`)).join(', ');
}

/** The file for a new outlet, or every problem with the facts, each naming its option. */
export function scaffoldOutlet(facts: NewOutletFacts, outlets: readonly KnownOutlet[]): ScaffoldedOutlet {
  const problems: ContentProblem[] = [];
  const option = (name: string) => ({ file: 'npm run new-source', field: `--new-outlet-${name}` });
  const name = facts.name.trim();
  const id = slugFor('', name).replace(/^-+/u, '');
  const existing = findOutlet(name, outlets);
  if (existing) {
    problems.push({ ...option('name'), message: `"${name}" is already content/outlets/${existing.id}.md; use --outlet ${existing.id}.` });
  } else if (outlets.some((outlet) => outlet.id === id)) {
    problems.push({ ...option('name'), message: `content/outlets/${id}.md already exists; nothing was overwritten.` });
  }
  const fault = slugProblem(id);
  if (fault && name !== '') problems.push({ ...option('name'), message: `makes the file name "${id}", which ${fault}` });
  const frontmatter = {
    name,
    description: facts.description.trim(),
    ...(facts.homepage?.trim() ? { homepage: facts.homepage.trim() } : {}),
  };
  if (name === '') problems.push({ ...option('name'), message: 'is required: the outlet\'s name as it styles it ("Radio Varde").' });
  if (frontmatter.description === '') problems.push({ ...option('description'), message: 'is required: one line saying what the outlet is, in our words.' });
  const checked = outletSchema.safeParse(frontmatter);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? 'name');
      // Empty fields are reported above, in words.
      if (field === 'homepage') problems.push({ ...option(field), message: `${issue.message} (found ${JSON.stringify(frontmatter.homepage ?? null)}).` });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { id, text: `---\n${frontMatterYaml(frontmatter)}\n---\n` };
}
