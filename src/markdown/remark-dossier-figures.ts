/**
 * remark plugin: `{{changes.probable}}` in the editors' prose becomes that figure, counted
 * from the cleaning records at build (see dossier-figures.ts), written with thousands
 * separators. An unknown name fails the build with the file and line, so a typo can never
 * print braces on the method page.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export interface DossierFiguresOptions {
  /** The figures by name. */
  figures: ReadonlyMap<string, number>;
  /** Whether a file (by path) is the editors' prose, where figures are written; a source's braces are its own text. */
  include: (path: string) => boolean;
}

/** A figure's name in double braces. */
export const FIGURE = /\{\{\s*([a-z][a-z.-]*)\s*\}\}/g;

const remarkDossierFigures: Plugin<[DossierFiguresOptions], Root> = function ({ figures, include }) {
  return (tree: Root, file: VFile) => {
    if (!include(file.path ?? '')) return;
    visit(tree, 'text', (node) => {
      if (!node.value.includes('{{')) return;
      node.value = node.value.replace(FIGURE, (written, name: string) => {
        const figure = figures.get(name);
        if (figure === undefined) {
          file.fail(`"${written}" names no figure; known figures: ${[...figures.keys()].join(', ')}`, node, 'dossier:figures');
        }
        return figure.toLocaleString('en');
      });
    });
  };
};

export default remarkDossierFigures;
