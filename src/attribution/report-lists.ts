/**
 * What the build report lists about attribution, worked out here so the page stays thin:
 * the speakers the sources name whom no actor covers, grouped by name with where each is
 * quoted, and why a quotation was left without a speaker when its reporting words named
 * more than one.
 */
import type { AttributedQuotation } from './types.ts';

/** Where a quotation is. */
export interface QuotationPlace {
  slug: string;
  paragraph: number;
  text: string;
}

/** A speaker kept as written, with every quotation the sources give them. */
export interface WrittenSpeaker {
  name: string;
  quotations: QuotationPlace[];
}

/** The speakers kept as written, in the order the sources first quote them, each with its quotations in source order. */
export function speakersAsWritten(sources: readonly { slug: string; quotations: readonly AttributedQuotation[] }[]): WrittenSpeaker[] {
  const byName = new Map<string, WrittenSpeaker>();
  for (const { slug, quotations } of sources) {
    for (const quotation of quotations) {
      const name = quotation.speakerAsWritten;
      if (name === undefined) continue;
      const entry = byName.get(name) ?? { name, quotations: [] };
      entry.quotations.push({ slug, paragraph: quotation.paragraph, text: quotation.text });
      byName.set(name, entry);
    }
  }
  return [...byName.values()];
}

/**
 * Why a quotation has no speaker although its reporting words named one, in words: "the
 * reporting words name Amara Osei (cue-before) and “Brandt” (as written) (cue-after)".
 * `nameOf` gives an actor's display name.
 */
export function disagreementText(quotation: AttributedQuotation, nameOf: (id: string) => string | undefined): string | undefined {
  if (!quotation.disagreement || quotation.disagreement.length === 0) return undefined;
  const parts = quotation.disagreement.map(({ strategy, speaker }) => `${nameOf(speaker) ?? speaker} (${strategy})`);
  return `the reporting words point to more than one speaker: ${parts.join('; ')}`;
}
