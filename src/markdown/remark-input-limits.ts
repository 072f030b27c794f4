/**
 * remark plugin: refuses Markdown over the limits in `input-limits.ts` *before* it is
 * parsed. It has to wrap the parser, because a plugin's transform runs only after parsing,
 * and parsing is where pathological Markdown hangs. Listed first among the remark plugins,
 * it runs after remark-parse has set the parser (Astro and tests add remark-parse first).
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { markdownLimitProblem, MarkdownLimitError } from './input-limits.ts';

const remarkInputLimits: Plugin<[], Root> = function () {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (document, file) => {
    const problem = markdownLimitProblem(document);
    if (problem) throw new MarkdownLimitError(file.path || 'markdown', problem);
    return parse(document, file);
  };
};

export default remarkInputLimits;
