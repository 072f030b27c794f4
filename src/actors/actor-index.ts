/**
 * Everything the site knows about actors in the sources, computed once per build in one
 * pass over every paragraph: mentions (with snippets), quotations with their speakers,
 * which sources mention whom, and who is mentioned alongside whom. Pages then look up one
 * actor in constant time, so building N actor pages costs one scan of the sources, not N.
 */
import { attributeSource } from '../attribution/attribute-source.ts';
import type { AttributedQuotation, QuotedTitle } from '../attribution/types.ts';
import { languageFor } from '../language/choose-language.ts';
import type { Span } from '../language/language.ts';
import { NameMatcher, type NamedEntry } from './name-matcher.ts';
import { snippetAround, type Snippet } from './snippet.ts';

/** A source as the index reads it. */
export interface IndexedSource {
  /** Source slug. */
  slug: string;
  /** Plain-text paragraphs, numbered from 1 as on the source page. */
  paragraphs: readonly string[];
  /** BCP 47 tag of the source's language: its quotations and sentences are cut with that language's rules (languageFor). */
  language: string;
  /** Italic stretches of each paragraph (sourceParagraphEmphasis), where titles of works are often set. */
  emphasis?: readonly (readonly Span[])[];
}

/** Mentions of one actor in one paragraph. */
export interface ParagraphMentions {
  slug: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** How many times the paragraph names the actor. */
  count: number;
  /** Context around the first mention. */
  snippet: Snippet;
}

/** A quotation with the source it is in. */
export interface SourcedQuotation extends AttributedQuotation {
  slug: string;
}

/** How much one source mentions one actor. */
export interface SourceMentionCount {
  slug: string;
  /** Mentions in the source. */
  mentions: number;
  /** Paragraphs with at least one mention. */
  paragraphs: number;
}

/** Another actor named in the same paragraphs. */
export interface Cooccurrence {
  id: string;
  /** Paragraphs, across all sources, that name both. */
  paragraphs: number;
}

export interface ActorIndex {
  /** Every paragraph that names the actor, in source order. */
  mentionsOf(id: string): readonly ParagraphMentions[];
  /** Quotations attributed to the actor, in source order. */
  quotationsBy(id: string): readonly SourcedQuotation[];
  /** Every quotation of a source, attributed or not. */
  quotationsIn(slug: string): readonly AttributedQuotation[];
  /** Quoted titles of works in a source, set aside as not quotations. */
  titlesIn(slug: string): readonly QuotedTitle[];
  /** Per source: how often it names the actor. */
  sourcesOf(id: string): readonly SourceMentionCount[];
  /** Actors named in the same paragraphs, most shared paragraphs first. */
  alongside(id: string): readonly Cooccurrence[];
  /** Total mentions of the actor. */
  mentionCount(id: string): number;
  /** Actors a source names, in the order it first names them. */
  actorsIn(slug: string): readonly string[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One actor named in one paragraph: how often, and where it is named first. */
export interface ParagraphNaming {
  id: string;
  count: number;
  start: number;
  end: number;
}

/**
 * What one source alone says about actors: the actors each paragraph names and its
 * quotations with their speakers. It depends only on the source's text and the registry, so
 * a build can keep it per source between builds (src/actors/cached-source-actors.ts); the
 * index is these readings put together.
 */
export interface SourceActors {
  /** Per paragraph (¶1 first), the actors it names, in the order each is first named. */
  named: ParagraphNaming[][];
  quotations: AttributedQuotation[];
  titles: QuotedTitle[];
}

/** A reader of one source's actors at a time (`matcher` built from `registry`). */
export function sourceActorReader(registry: readonly NamedEntry[], matcher: NameMatcher): (source: IndexedSource) => SourceActors {
  const kinds = new Map(registry.filter((entry) => entry.type === 'actor').map((entry) => [entry.id, entry.kind]));
  return (source) => {
    const named = source.paragraphs.map((text) => {
      const byActor = new Map<string, ParagraphNaming>();
      for (const match of matcher.find(text)) {
        if (match.target.type !== 'actor') continue;
        const seen = byActor.get(match.target.id);
        if (seen) seen.count += 1;
        else byActor.set(match.target.id, { id: match.target.id, count: 1, start: match.start, end: match.end });
      }
      return [...byActor.values()];
    });
    const { quotations, titles } = attributeSource(source.paragraphs, matcher, (id) => kinds.get(id), languageFor(source.language), source.emphasis);
    return { named, quotations, titles };
  };
}

/**
 * `matcher` must be built from `registry`; pass one to share its work with other indexes.
 * `readActors` reads one source (sourceActorReader's unless given: a build passes one that
 * keeps each source's reading between builds).
 */
export function buildActorIndex(
  sources: readonly IndexedSource[],
  registry: readonly NamedEntry[],
  matcher: NameMatcher = new NameMatcher(registry),
  readActors: (source: IndexedSource) => SourceActors = sourceActorReader(registry, matcher),
): ActorIndex {
  const mentions = new Map<string, ParagraphMentions[]>();
  const quotationsBySpeaker = new Map<string, SourcedQuotation[]>();
  const quotationsBySource = new Map<string, AttributedQuotation[]>();
  const titlesBySource = new Map<string, QuotedTitle[]>();
  const together = new Map<string, Map<string, number>>();
  const actorsBySource = new Map<string, Set<string>>();

  for (const source of sources) {
    const named = new Set<string>();
    actorsBySource.set(source.slug, named);
    const reading = readActors(source);
    reading.named.forEach((namings, index) => {
      const text = source.paragraphs[index] ?? '';
      for (const { id, count, start, end } of namings) {
        push(mentions, id, { slug: source.slug, paragraph: index + 1, count, snippet: snippetAround(text, start, end) });
        named.add(id);
      }
      // Pairs within one paragraph: a handful of actors each, so this stays linear in text.
      for (const { id: a } of namings) {
        for (const { id: b } of namings) {
          if (a === b) continue;
          const row = together.get(a) ?? new Map<string, number>();
          row.set(b, (row.get(b) ?? 0) + 1);
          together.set(a, row);
        }
      }
    });
    quotationsBySource.set(source.slug, reading.quotations);
    titlesBySource.set(source.slug, reading.titles);
    for (const quotation of reading.quotations) {
      if (quotation.speaker) push(quotationsBySpeaker, quotation.speaker, { ...quotation, slug: source.slug });
    }
  }

  const sourceCounts = new Map<string, SourceMentionCount[]>();
  for (const [id, list] of mentions) {
    const bySlug = new Map<string, SourceMentionCount>();
    for (const mention of list) {
      const entry = bySlug.get(mention.slug) ?? { slug: mention.slug, mentions: 0, paragraphs: 0 };
      entry.mentions += mention.count;
      entry.paragraphs += 1;
      bySlug.set(mention.slug, entry);
    }
    sourceCounts.set(id, [...bySlug.values()]);
  }

  return {
    mentionsOf: (id) => mentions.get(id) ?? [],
    quotationsBy: (id) => quotationsBySpeaker.get(id) ?? [],
    quotationsIn: (slug) => quotationsBySource.get(slug) ?? [],
    titlesIn: (slug) => titlesBySource.get(slug) ?? [],
    sourcesOf: (id) => sourceCounts.get(id) ?? [],
    alongside: (id) =>
      [...(together.get(id) ?? new Map<string, number>())]
        .map(([other, paragraphs]) => ({ id: other, paragraphs }))
        .sort((a, b) => b.paragraphs - a.paragraphs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    mentionCount: (id) => (mentions.get(id) ?? []).reduce((sum, mention) => sum + mention.count, 0),
    actorsIn: (slug) => [...(actorsBySource.get(slug) ?? [])],
  };
}
