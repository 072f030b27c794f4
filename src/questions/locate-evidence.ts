/**
 * Finds an evidence quotation in a source's cleaned paragraphs. Evidence must be copied
 * exactly (only runs of white space may differ), because a reader checks it against the
 * source in one click; when it is not found, the result says how close the nearest
 * passage is, so the maintainer can fix the copy rather than hunt for it.
 */

/** Where evidence was found. */
export interface EvidenceLocation {
  /** 1-based paragraph number, as on the source page. */
  paragraph: number;
  /** Offsets in the paragraph's plain text. */
  start: number;
  end: number;
}

export type EvidenceResult =
  | { found: true; location: EvidenceLocation }
  | {
      found: false;
      /** A sentence saying what is wrong and how to fix it. */
      hint: string;
    };

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Straight and curly quotes, apostrophes and dashes read as one another. */
function typographic(text: string): string {
  return text.replace(/[‘’‚′]/g, "'").replace(/[“”„″]/g, '"').replace(/[‐‑‒–—]/g, '-');
}

export function locateEvidence(paragraphs: readonly string[], evidence: string): EvidenceResult {
  const wanted = collapse(evidence);
  for (const [index, text] of paragraphs.entries()) {
    const start = text.indexOf(wanted);
    if (start >= 0) return { found: true, location: { paragraph: index + 1, start, end: start + wanted.length } };
  }
  const loose = typographic(wanted);
  for (const [index, text] of paragraphs.entries()) {
    const start = typographic(text).indexOf(loose);
    if (start >= 0) {
      return {
        found: false,
        hint: `¶${index + 1} has it with different quotation marks, apostrophes or dashes; copy it exactly: "${text.slice(start, start + wanted.length)}".`,
      };
    }
  }
  // The longest start of the evidence that is in the source shows where the copy went wrong
  // (compared with quotation marks and dashes alike, so those are not the first difference).
  let best = { length: 0, paragraph: 0, at: 0 };
  for (const [index, text] of paragraphs.entries()) {
    const haystack = typographic(text);
    let low = 0;
    let high = loose.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (haystack.includes(loose.slice(0, middle))) low = middle;
      else high = middle - 1;
    }
    if (low > best.length) best = { length: low, paragraph: index + 1, at: haystack.indexOf(loose.slice(0, low)) };
  }
  if (best.length >= 8) {
    const text = paragraphs[best.paragraph - 1] ?? '';
    const theirs = text.slice(best.at + best.length, best.at + best.length + 30);
    return {
      found: false,
      hint: `¶${best.paragraph} matches up to "${text.slice(best.at, best.at + best.length)}", then reads "${theirs}" where the evidence has "${wanted.slice(best.length, best.length + 30)}".`,
    };
  }
  return { found: false, hint: 'no paragraph of the source contains it, or anything close; copy the words from the source page.' };
}
