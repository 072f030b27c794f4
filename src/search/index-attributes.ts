/**
 * What a page tells Pagefind about itself, as attributes of the element that carries
 * `data-pagefind-body`: its filter values and its metadata.
 *
 * Every value is captured from an attribute of its own (`actor[data-pf-filter-actor-0],
 * actor[data-pf-filter-actor-1]`), never written inline: Pagefind 1.6 reads an inline
 * `key:value` only as the last item of a comma-separated list, so `kind:source, outlet:Courant`
 * would silently tag the page with one filter. A page may carry several values for one
 * filter (a source names many actors); Pagefind keeps each as a value of that filter.
 */
export type IndexValues = Readonly<Record<string, string | readonly string[] | undefined>>;

/** `actor kind` → `actor-kind`, for attribute names. */
function attributeKey(key: string): string {
  if (/[,[\]:]/.test(key)) throw new Error(`"${key}" cannot be a Pagefind filter or metadata key: it holds , [ ] or :`);
  return key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function valuesOf(value: string | readonly string[] | undefined): string[] {
  const list = typeof value === 'string' ? [value] : (value ?? []);
  return [...new Set(list.map((item) => item.trim()).filter((item) => item !== ''))];
}

/**
 * Attributes to spread on the indexed element: `data-pagefind-filter` and
 * `data-pagefind-meta` lists, and the attributes they capture from. Metadata keeps one
 * value per key (Pagefind's metadata is a single string); empty values are left out.
 */
export function pagefindAttributes(filters: IndexValues, meta: IndexValues = {}): Record<string, string> {
  const attributes: Record<string, string> = {};
  const filterCaptures: string[] = [];
  for (const [key, value] of Object.entries(filters)) {
    valuesOf(value).forEach((item, index) => {
      const attribute = `data-pf-filter-${attributeKey(key)}-${index}`;
      attributes[attribute] = item;
      filterCaptures.push(`${key}[${attribute}]`);
    });
  }
  const metaCaptures: string[] = [];
  for (const [key, value] of Object.entries(meta)) {
    const [item] = valuesOf(value);
    if (item === undefined) continue;
    const attribute = `data-pf-meta-${attributeKey(key)}`;
    attributes[attribute] = item;
    metaCaptures.push(`${key}[${attribute}]`);
  }
  if (filterCaptures.length > 0) attributes['data-pagefind-filter'] = filterCaptures.join(', ');
  if (metaCaptures.length > 0) attributes['data-pagefind-meta'] = metaCaptures.join(', ');
  return attributes;
}
