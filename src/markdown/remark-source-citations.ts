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

export interface SourceCitationOptions {
  /** Site base path, ending in `/`. */
  base: string;
  /** Number of paragraphs of each source, by slug. */
  paragraphCounts: ReadonlyMap<string, number>;
}

const CITATION = /^source:([a-z0-9-]+)#p(\d+)$/;

const remarkSourceCitations: Plugin<[SourceCitationOptions], Root> = function (options) {
  // `file` is annotated so TypeScript knows `file.fail` never returns.
  return (tree: Root, file: VFile) => {
    const resolve = (node: Link | Definition): void => {
      const match = CITATION.exec(node.url);
      const where = `${node.position?.start.line ?? '?'}`;
      if (!match) {
        file.fail(`citation "${node.url}" (line ${where}) must look like source:<slug>#p<number>`, node, 'dossier:citation');
      }
      const [, slug = '', paragraph = '0'] = match;
      const count = options.paragraphCounts.get(slug);
      if (count === undefined) {
        file.fail(`citation "${node.url}" (line ${where}): no source "${slug}" in content/sources/`, node, 'dossier:citation');
      }
      if (Number(paragraph) < 1 || Number(paragraph) > count) {
        file.fail(`citation "${node.url}" (line ${where}): source "${slug}" has paragraphs 1 to ${count}`, node, 'dossier:citation');
      }
      node.url = `${options.base}sources/${slug}/#p${paragraph}`;
    };
    const citationClass = { hProperties: { className: ['citation'] } };
    // Reference definitions (`[c]: source:slug#p2`) first, so references to them get the class.
    const citedDefinitions = new Set<string>();
    visit(tree, 'definition', (node: Definition) => {
      if (!node.url.startsWith('source:')) return;
      resolve(node);
      citedDefinitions.add(node.identifier);
    });
    visit(tree, (node) => {
      if (node.type === 'link' && node.url.startsWith('source:')) {
        resolve(node);
        node.data = { ...node.data, ...citationClass };
      } else if (node.type === 'linkReference' && citedDefinitions.has(node.identifier)) {
        node.data = { ...node.data, ...citationClass };
      }
    });
  };
};

export default remarkSourceCitations;
