/**
 * What contributed Markdown may put on a page. GitHub's schema (no script, no event
 * handlers, no `javascript:` URLs, ids prefixed against DOM clobbering), plus the one
 * class our citation links carry.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

export const CLOBBER_PREFIX = 'user-content-';

type AttributeDefinition = NonNullable<Schema['attributes']>[string][number];

/** Adds allowed class names to an element's existing `className` rule (the sanitiser reads only one). */
function allowClasses(definitions: readonly AttributeDefinition[], classes: readonly string[]): AttributeDefinition[] {
  const isClassRule = (definition: AttributeDefinition) => Array.isArray(definition) && definition[0] === 'className';
  const existing = definitions.find(isClassRule);
  const allowed = Array.isArray(existing) ? existing.slice(1) : [];
  return [...definitions.filter((definition) => !isClassRule(definition)), ['className', ...allowed, ...classes]];
}

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: CLOBBER_PREFIX,
  attributes: {
    ...defaultSchema.attributes,
    a: allowClasses(defaultSchema.attributes?.a ?? [], ['citation']),
  },
};
