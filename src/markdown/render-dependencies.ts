/**
 * What rendering one Markdown entry reads besides its own file, so the content loader
 * (src/files/collection-loader.ts) can keep an entry rendered by an earlier build only
 * while all of it is unchanged. The Markdown processor (processor.ts) is given, for the
 * whole dossier:
 *
 *   base, registry   the site's address and the actors and outlets whose names are linked:
 *                    not per entry; the build's stamp covers them with the code
 *                    (scripts/build/astro-store-stamp.ts), and a change renders everything
 *   paragraphCounts  read only for the sources an entry cites: each cited address with the
 *                    count of its source is a dependency here
 *   cleaningMarks    read only for a source's own slug: its cleaning record's text is one
 *   figures          read only on the editors' pages, and counted over every cleaning
 *                    record: those few entries are rendered on every build
 *
 * A change to processor.ts that makes an entry read anything else must be written here too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCitationUrl } from '../citations/citation-syntax.ts';
import { parsedSource } from './parsed-source.ts';
import { isPageFile, sourceSlugOf } from './processor.ts';

export interface RenderInputs {
  /** The project root, for the parse cache. */
  root: string;
  /** The paragraph counts the processor is given (paragraph-counts.ts). */
  paragraphCounts: ReadonlyMap<string, number>;
  /** The folder of cleaning records. */
  cleaningDir: string;
}

function fileText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '\0absent';
  }
}

/**
 * A text that changes whenever something the entry at `filePath` reads while rendered
 * changes (its own file aside); undefined when the entry must be rendered on every build.
 */
export function renderDependencies(inputs: RenderInputs, filePath: string, body: string): string | undefined {
  if (isPageFile(filePath)) return undefined;
  const parts: string[] = [];
  for (const url of parsedSource(body, inputs.root).citationUrls) {
    const slug = parseCitationUrl(url)?.source;
    parts.push(`cites\0${url}\0${slug === undefined ? '' : String(inputs.paragraphCounts.get(slug))}`);
  }
  const slug = sourceSlugOf(filePath);
  if (slug !== undefined) parts.push(`cleaning\0${fileText(join(inputs.cleaningDir, `${slug}.json`))}`);
  return parts.join('\0');
}
