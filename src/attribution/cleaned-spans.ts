/**
 * A paragraph's words as attribution quotes them, for any span, in constant time. Attribution
 * reads the words before and after each quotation with its quotations blanked out, and
 * tidies them for showing (`clean`: blanks dropped, white space collapsed, punctuation and
 * dashes trimmed from the ends). Tidying the span from a clause's start to each quotation
 * again cost the length of the clause per quotation, which made a sentence of thousands of
 * quotations quadratic; here the whole paragraph is tidied once, with where each character
 * went, and a span's tidied words are a slice of that.
 */

/** White space, as `\s` reads it. */
const SPACE = /\s/;
/** Trimmed from a span's start, and from its end (a full stop ends a sentence and is kept there). */
const LEADING = /[\s,.;:–—-]/;
const TRAILING = /[\s,;:–—-]/;

/** `text` with `blank` removed, white space collapsed to one space, and the ends trimmed. */
export function clean(text: string, blank: string): string {
  return text.replaceAll(blank, '').replace(/\s+/g, ' ').replace(/^[\s,.;:–—-]+|[\s,;:–—-]+$/g, '').trim();
}

export class CleanedSpans {
  /** The whole text with blanks removed and white space collapsed (not trimmed). */
  readonly collapsed: string;
  /** For each offset of the text (and its end), the offset in `collapsed` of what it became. */
  readonly #at: Int32Array;
  /** For each offset of `collapsed`, the first offset from there holding a character not trimmed from a start. */
  readonly #keptFrom: Int32Array;
  /** For each offset of `collapsed`, the end of the last character before it not trimmed from an end. */
  readonly #keptUntil: Int32Array;

  /** `text` is the paragraph with quotations blanked out by `blank`, one character per character. */
  constructor(text: string, blank: string) {
    const parts: string[] = [];
    const at = new Int32Array(text.length + 1);
    let length = 0;
    let afterSpace = false;
    let runStart = 0;
    // Characters kept as they are are copied in runs; a blank or a second space ends a run.
    const flush = (end: number) => {
      if (end > runStart) parts.push(text.slice(runStart, end));
    };
    for (let index = 0; index < text.length; index += 1) {
      at[index] = length;
      const char = text.charAt(index);
      if (char === blank) {
        flush(index);
        runStart = index + 1;
      } else if (SPACE.test(char)) {
        flush(index);
        runStart = index + 1;
        if (!afterSpace) {
          parts.push(' ');
          length += 1;
          afterSpace = true;
        }
      } else {
        length += 1;
        afterSpace = false;
      }
    }
    flush(text.length);
    at[text.length] = length;
    this.collapsed = parts.join('');
    this.#at = at;

    const collapsed = this.collapsed;
    this.#keptFrom = new Int32Array(collapsed.length + 1);
    this.#keptFrom[collapsed.length] = collapsed.length;
    for (let index = collapsed.length - 1; index >= 0; index -= 1) {
      this.#keptFrom[index] = LEADING.test(collapsed.charAt(index)) ? this.#keptFrom[index + 1]! : index;
    }
    this.#keptUntil = new Int32Array(collapsed.length + 1);
    for (let index = 1; index <= collapsed.length; index += 1) {
      this.#keptUntil[index] = TRAILING.test(collapsed.charAt(index - 1)) ? this.#keptUntil[index - 1]! : index;
    }
  }

  /** Where `clean(text.slice(start, end))` lies in `collapsed`: `from` = `to` when it is empty. */
  bounds(start: number, end: number): { from: number; to: number } {
    const first = this.#at[start]!;
    const last = this.#at[end]!;
    const from = Math.min(this.#keptFrom[first]!, last);
    // Everything trimmed from the start may be trimmed from the end: nothing is left.
    if (from === last) return { from, to: from };
    return { from, to: Math.max(this.#keptUntil[last]!, from) };
  }

  /** `clean(text.slice(start, end))`, without reading the span. */
  text(start: number, end: number): string {
    const { from, to } = this.bounds(start, end);
    return this.collapsed.slice(from, to);
  }
}
