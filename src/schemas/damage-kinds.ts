/**
 * The kinds of damage a raw article can carry, declared once: the sidecar and source schemas
 * take them, the cleaning record reports which wording damage the cleaner found, the
 * cleaner's gated rules open on that, the content check keeps a damaged copy from passing
 * as hand-written, and the pages say what the damage did to a copy's words.
 */

/** Every kind of damage a maintainer can declare (the `damage:` list of a sidecar or a source). */
export const damageKinds = ['machine-translated', 'spun', 'web-debris', 'lost-headline'] as const;
export type DamageKind = (typeof damageKinds)[number];

/**
 * The kinds that change the article's own words, not only what surrounds them: the cleaner
 * looks for their fingerprints and, when it finds or is told of one, opens the rules gated on
 * it; a copy that has one is not the outlet's wording, so its quotations are not verbatim.
 * (Web debris and a lost headline are removed or marked, and leave the words as published.)
 */
export const wordingDamageKinds = ['spun', 'machine-translated'] as const;
export type WordingDamageKind = (typeof wordingDamageKinds)[number];

export function isWordingDamage(kind: string): kind is WordingDamageKind {
  return (wordingDamageKinds as readonly string[]).includes(kind);
}

/** The wording damage among declared or found kinds, in the order given. */
export function wordingDamageOf(kinds: readonly string[]): WordingDamageKind[] {
  return kinds.filter(isWordingDamage);
}

/** A copy whose words a spinner or a translation may have changed: its quotations are not verbatim. */
export function wordingDamaged(kinds: readonly string[]): boolean {
  return kinds.some(isWordingDamage);
}

/** What each kind of wording damage did to a copy, in the words the pages use. */
export const wordingDamageWords: Readonly<Record<WordingDamageKind, { judged: string; copyWas: string }>> = {
  /** "The cleaner judged this copy …" and "our cleaned copy, which was …". */
  spun: { judged: 'run through an article spinner', copyWas: 'run through an article spinner' },
  'machine-translated': { judged: 'machine-translated', copyWas: 'machine-translated and back' },
};
