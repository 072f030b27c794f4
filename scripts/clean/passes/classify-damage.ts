/**
 * Pass: decide what kind of damage the document shows, before any word is swapped. Each
 * lexicon marks its most telling fingerprints (`marker: true`, forms that essentially never
 * occur in correct English); a document with markers from two different entries of a
 * lexicon is judged damaged that way. Entries gated on that kind of damage apply only then,
 * which is what keeps the general rules from touching clean English. A maintainer's own
 * judgement (the seed's `damage:` list) opens the gate too.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { contextHolds, formKey, type Gate, type Lexicon } from '../lexicon.ts';
import { documentText } from '../tree.ts';
import { matchesOf } from '../word-start-matches.ts';

export type DamageKind = Exclude<Gate, 'always' | 'damaged'>;

declare module 'vfile' {
  interface DataMap {
    /** Kinds of damage the document was found (or declared) to have. */
    damageKinds: DamageKind[];
    /** Distinct marker fingerprints found, by damage kind. */
    markers: Partial<Record<DamageKind, string[]>>;
  }
}

/** Distinct marker entries a document needs before it counts as damaged that way. */
export const MARKERS_TO_CLASSIFY = 2;

export interface ClassifyOptions {
  /** Each lexicon with the kind of damage its markers reveal. */
  lexicons: ReadonlyArray<{ kind: DamageKind; lexicon: Lexicon }>;
  /** Kinds a maintainer declared for this document. */
  declared?: readonly DamageKind[];
}

export function findMarkers(lexicon: Lexicon, document: string): string[] {
  const found = new Set<string>();
  for (const match of matchesOf(lexicon.markerPattern, document)) {
    const end = match.index + match[0].length;
    for (const entry of lexicon.byForm.get(formKey(match[0])) ?? []) {
      if (entry.marker && contextHolds(entry, document, match.index, end, document)) found.add(entry.damaged);
    }
  }
  return [...found].sort();
}

const classifyDamage: Plugin<[ClassifyOptions], Root> = function (options) {
  return (tree, file) => {
    const document = documentText(tree);
    // Later rounds see restored text: what earlier rounds found still stands.
    const kinds = new Set<DamageKind>([...(options.declared ?? []), ...(file.data.damageKinds ?? [])]);
    const markers: Partial<Record<DamageKind, string[]>> = { ...file.data.markers };
    for (const { kind, lexicon } of options.lexicons) {
      const found = [...new Set([...(markers[kind] ?? []), ...findMarkers(lexicon, document)])].sort();
      markers[kind] = found;
      if (found.length >= MARKERS_TO_CLASSIFY) kinds.add(kind);
    }
    file.data.damageKinds = [...kinds].sort();
    file.data.markers = markers;
  };
};

export default classifyDamage;
