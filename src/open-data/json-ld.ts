/**
 * schema.org descriptions of the pages that describe a thing: a source is a NewsArticle, an
 * actor a Person or an Organization (GovernmentOrganization for agencies and governments),
 * the home page a WebSite. Search engines and other tools read these; the values are the
 * same facts the page shows, never more.
 */

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

export function newsArticle(input: {
  headline: string;
  titleIsOurs: boolean;
  published: string;
  dateEstimated: boolean;
  language: string;
  publisher: string;
  originalUrl?: string | undefined;
  page: string;
  /** Its direct quotations, each with its speaker (when established) and what its words rest on, in words. */
  quotations?: ReadonlyArray<{ text: string; speaker?: string | undefined; standing: string }>;
}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: input.headline,
    ...(input.titleIsOurs ? { alternativeHeadline: 'Title supplied by the dossier; the copy received had lost its headline.' } : {}),
    // schema.org has no way to say a date is estimated, so an estimated date is not given as fact.
    ...(input.dateEstimated
      ? { description: `Publication date not stated; estimated from the text as about ${input.published}.` }
      : { datePublished: input.published }),
    inLanguage: input.language,
    publisher: { '@type': 'NewsMediaOrganization', name: input.publisher },
    ...(input.originalUrl ? { url: input.originalUrl, isBasedOn: input.originalUrl } : {}),
    mainEntityOfPage: input.page,
    // A damaged copy's wording must not pass for someone's words here either: each
    // quotation says what its words rest on.
    ...(input.quotations && input.quotations.length > 0
      ? {
          hasPart: input.quotations.map((quotation) => ({
            '@type': 'Quotation',
            text: quotation.text,
            ...(quotation.speaker ? { spokenByCharacter: { '@type': 'Person', name: quotation.speaker } } : {}),
            description: quotation.standing,
          })),
        }
      : {}),
  };
}

const ORGANISATION_TYPES: Readonly<Record<string, string>> = {
  person: 'Person',
  agency: 'GovernmentOrganization',
  government: 'GovernmentOrganization',
  organisation: 'Organization',
  outlet: 'NewsMediaOrganization',
};

export function actorThing(input: {
  name: string;
  kind: string;
  role: string;
  aliases: readonly string[];
  page: string;
  affiliations: readonly { name: string; page: string }[];
}): JsonLd {
  const type = ORGANISATION_TYPES[input.kind] ?? 'Thing';
  const parents = input.affiliations.map((parent) => ({ '@type': 'Organization', name: parent.name, url: parent.page }));
  return {
    '@context': CONTEXT,
    '@type': type,
    name: input.name,
    description: input.role,
    ...(input.aliases.length > 0 ? { alternateName: [...input.aliases] } : {}),
    url: input.page,
    ...(parents.length > 0 ? (type === 'Person' ? { affiliation: parents } : { parentOrganization: parents }) : {}),
  };
}

export function webSite(input: { name: string; description: string; url: string; searchUrl: string }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: input.name,
    description: input.description,
    url: input.url,
    potentialAction: { '@type': 'SearchAction', target: `${input.searchUrl}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: characters that could close the
 * element or start markup are escaped, so contributed text can never break out of it.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
