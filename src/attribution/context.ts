/**
 * The state attribution carries from quotation to quotation and paragraph to paragraph of
 * one source, named in one place: who spoke last, the paragraph before and what was settled
 * in it, what has been settled in the current paragraph, and the names the source has
 * introduced in full ("Greta Lindqvist"), which a later surname ("Lindqvist said") refers back
 * to. Strategies read it; only the runner (attribute-source.ts) changes it, through
 * `beginParagraph`, `settle` and `endParagraph`, once a quotation's findings are resolved.
 */
import type { Reading } from './reading.ts';
import type { IntroducedNames } from './subjects.ts';
import type { Settlement } from './resolve.ts';
import type { Speaker } from './types.ts';

/** A paragraph once attributed: its reading and what was settled for each of its quotations. */
export interface SettledParagraph {
  reading: Reading;
  settled: readonly Settlement[];
}

/** Full names by the word they are referred back to with: the name, or null when two names share the word. */
type NamesByWord = Map<string, string | null>;

/** A paragraph's written names by their last word: for each, in text order, where they end and the first two distinct names. */
interface ParagraphNames {
  ends: number[];
  /** Index in `ends` from which a second, different name is known (Infinity when never). */
  ambiguousFrom: number;
  first: string;
}

function indexParagraphNames(reading: Reading): Map<string, ParagraphNames> {
  const byWord = new Map<string, ParagraphNames>();
  for (const name of reading.writtenNames) {
    if (name.described) continue;
    const entry = byWord.get(name.lastWord);
    if (!entry) {
      byWord.set(name.lastWord, { ends: [name.end], ambiguousFrom: Infinity, first: name.text });
      continue;
    }
    if (entry.ambiguousFrom === Infinity && name.text !== entry.first) entry.ambiguousFrom = entry.ends.length;
    entry.ends.push(name.end);
  }
  return byWord;
}

/** Names introduced earlier in the source, and in the current paragraph before a point. */
class SourceNames implements IntroducedNames {
  readonly #earlier: NamesByWord = new Map();
  #current: { reading: Reading; byWord: Map<string, ParagraphNames> } | undefined;

  begin(reading: Reading): void {
    this.#current = { reading, byWord: indexParagraphNames(reading) };
  }

  /** Adds the paragraph's names to those introduced earlier. */
  end(): void {
    if (!this.#current) return;
    for (const [word, entry] of this.#current.byWord) this.#add(word, entry.ambiguousFrom === Infinity ? entry.first : null);
    this.#current = undefined;
  }

  #add(word: string, name: string | null): void {
    const known = this.#earlier.get(word);
    this.#earlier.set(word, known === undefined ? name : known === name ? known : null);
  }

  lookup(word: string, reading: Reading, before: number): string | null | undefined {
    const earlier = this.#earlier.get(word);
    const entry = this.#current?.reading === reading ? this.#current.byWord.get(word) : undefined;
    if (!entry) return earlier;
    // How many of the paragraph's names with this word end by `before`.
    let low = 0;
    let high = entry.ends.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (entry.ends[middle]! > before) high = middle;
      else low = middle + 1;
    }
    if (low === 0) return earlier;
    const here = entry.ambiguousFrom < low ? null : entry.first;
    if (earlier === undefined) return here;
    return earlier === here ? here : null;
  }
}

export class AttributionContext {
  /** The kind of an actor of the registry ("person", "agency"), for pronouns. */
  readonly kindOf: (actorId: string) => string | undefined;
  /** Names the source has introduced in full, for surnames that refer back to them. */
  readonly introduced = new SourceNames();
  #previous: SettledParagraph | undefined;
  #current: { reading: Reading; settled: Settlement[] } | undefined;
  #lastSpeaker: Speaker | undefined;

  constructor(kindOf: (actorId: string) => string | undefined) {
    this.kindOf = kindOf;
  }

  /** The paragraph before the current one, once attributed. */
  get previous(): SettledParagraph | undefined {
    return this.#previous;
  }

  /** The speaker of the last attributed quotation, for "he said". */
  get lastSpeaker(): Speaker | undefined {
    return this.#lastSpeaker;
  }

  /** Whether a speaker can be what "he" or "she" stands for: a person of the registry, or a name as written. */
  isPerson(speaker: Speaker): boolean {
    return speaker.type === 'as-written' || this.kindOf(speaker.id) === 'person';
  }

  beginParagraph(reading: Reading): void {
    this.#current = { reading, settled: [] };
    this.introduced.begin(reading);
  }

  /** Records what was settled for the current paragraph's next quotation. */
  settle(settlement: Settlement): void {
    this.#current?.settled.push(settlement);
    if (settlement.speaker) this.#lastSpeaker = settlement.speaker;
  }

  endParagraph(): void {
    this.introduced.end();
    this.#previous = this.#current;
    this.#current = undefined;
  }

  /** What was settled for a quotation of the current or the previous paragraph. */
  settledIn(reading: Reading, position: number): Settlement | undefined {
    if (this.#current?.reading === reading) return this.#current.settled[position];
    if (this.#previous?.reading === reading) return this.#previous.settled[position];
    return undefined;
  }
}
