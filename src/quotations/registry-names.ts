/**
 * Names a damaged copy mangled, restored from the registry when a clean source's passage on
 * the same ground has the name. A spinner turns "National Security Agency" into "National
 * Security Company", a round trip into "National Security Service": the registry knows the
 * name, and a clean source that covers the same ground (the aligner says so) writes it. So
 * in a damaged paragraph, a run of capitalised words as long as a registry name that the
 * aligned clean paragraph uses, sharing at least half its words in place, differing only in
 * capitalised words, and not itself a name the registry knows, is that name mangled.
 */
import { tokenize } from '../actors/name-matcher.ts';

/** A clean paragraph on the same ground as the damaged one. */
export interface AlignedPassage {
  source: string;
  /** 1-based paragraph. */
  paragraph: number;
  text: string;
}

/** A mangled name found, and the name and passage that restore it. */
export interface NameRestoration {
  /** [start, end) of the mangled name in the damaged paragraph. */
  start: number;
  end: number;
  /** The registry's name as the clean passage writes it. */
  name: string;
  passage: AlignedPassage;
}

interface Word {
  value: string;
  start: number;
  end: number;
}

const words = (text: string): Word[] => tokenize(text).map((token) => ({ value: token.value, start: token.start, end: token.end }));
const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * The mangled names of a damaged paragraph: `names` are every name and alias the registry
 * knows (two words or more; a one-word name is too easily another word), `passages` the
 * aligned clean paragraphs.
 */
export function mangledNames(text: string, passages: readonly AlignedPassage[], names: readonly string[]): NameRestoration[] {
  const known = new Set(names.map((name) => name.toLowerCase()));
  const damaged = words(text);
  const found: NameRestoration[] = [];
  const taken = new Set<number>();
  for (const passage of passages) {
    const lower = passage.text.toLowerCase();
    for (const name of names) {
      const nameWords = words(name);
      if (nameWords.length < 2 || !lower.includes(name.toLowerCase()) || text.toLowerCase().includes(name.toLowerCase())) continue;
      // The clean passage must write it as a name (capitalised as the registry writes it).
      if (!passage.text.includes(name)) continue;
      for (let from = 0; from + nameWords.length <= damaged.length; from += 1) {
        const window = damaged.slice(from, from + nameWords.length);
        if (window.some((_, index) => taken.has(from + index))) continue;
        let same = 0;
        let shapeKept = true;
        window.forEach((word, index) => {
          const wanted = nameWords[index]?.value ?? '';
          if (word.value.toLowerCase() === wanted.toLowerCase()) same += 1;
          else if (!capitalised(word.value) || !capitalised(wanted)) shapeKept = false;
        });
        const written = text.slice(window[0]?.start ?? 0, window.at(-1)?.end ?? 0);
        // Half its words in place, the rest capitalised words swapped, and not a name of its own.
        if (!shapeKept || same * 2 < nameWords.length || same === nameWords.length || known.has(written.toLowerCase())) continue;
        // Joined by plain spaces only: a comma or a full stop between them is two phrases.
        if (!/^[\p{L}\p{N}’'-]+(?: [\p{L}\p{N}’'-]+)*$/u.test(written)) continue;
        found.push({ start: window[0]?.start ?? 0, end: window.at(-1)?.end ?? 0, name, passage });
        for (let index = from; index < from + nameWords.length; index += 1) taken.add(index);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
