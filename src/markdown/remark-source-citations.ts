/**
 * remark plugin: a citation of a source paragraph is written `[¶3](source:<slug>#p3)`.
 * It becomes a link to that paragraph on the source's page, under the site's base path.
 * A citation of a source or paragraph that does not exist fails the build with the file
 * and line, so a dossier never shows a citation that leads nowhere.
 */
import type { Definition, Link, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { CITATION_URL_SHAPE, isCitationUrl, parseCitationUrl } from '../citations/citation-syntax.ts';

export interface SourceCitationOptions {
  /** Site base path, ending in `/`. */
  base: string;
  /** Number of paragraphs of each source, by slug. */
  paragraphCounts: ReadonlyMap<string, number>;
}

const remarkSourceCitations: Plugin<[SourceCitationOptions], Root> = function (options) {
  // `file` is annotated so TypeScript knows `file.fail` never returns.
  return (tree: Root, file: VFile) => {
    const resolve = (node: Link | Definition): void => {
      const citation = parseCitationUrl(node.url);
      const where = `${node.position?.start.line ?? '?'}`;
      if (!citation) {
        file.fail(`citation "${node.url}" (line ${where}) must look like ${CITATION_URL_SHAPE}`, node, 'dossier:citation');
      }
      const { source: slug, paragraph } = citation;
      const count = options.paragraphCounts.get(slug);
      if (count === undefined) {
        file.fail(`citation "${node.url}" (line ${where}): no source "${slug}" in content/sources/`, node, 'dossier:citation');
      }
      if (paragraph < 1 || paragraph > count) {
        file.fail(`citation "${node.url}" (line ${where}): source "${slug}" has paragraphs 1 to ${count}`, node, 'dossier:citation');
      }
      node.url = `${options.base}sources/${slug}/#p${paragraph}`;
    };
    const citationClass = { hProperties: { className: ['citation'] } };
    // Reference definitions (`[c]: source:slug#p2`) first, so references to them get the class.
    const citedDefinitions = new Set<string>();
    visit(tree, 'definition', (node: Definition) => {
      if (!isCitationUrl(node.url)) return;
      resolve(node);
      citedDefinitions.add(node.identifier);
    });
    visit(tree, (node) => {
      if (node.type === 'link' && isCitationUrl(node.url)) {
        resolve(node);
        node.data = { ...node.data, ...citationClass };
      } else if (node.type === 'linkReference' && citedDefinitions.has(node.identifier)) {
        node.data = { ...node.data, ...citationClass };
      }
    });
  };
};

export default remarkSourceCitations;
