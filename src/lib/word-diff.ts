/**
 * A word-level diff between the text as received and as cleaned, for readers: runs of
 * unchanged, removed and added text, in order.
 *
 * Bounded. Myers' diff (the `diff` package) costs the texts' length times the number of
 * edits, so a long paragraph that cleaning changed throughout (a 1 MB seed with a spinner's
 * swap in every sentence) took minutes. The edit distance the diff may explore is capped so
 * that length × edits stays near MAX_DIFF_WORK (never under MIN_EDIT_LENGTH edits); past the
 * cap the paragraph is shown as removed whole and added whole, which is what such a diff
 * amounts to for a reader anyway. A real paragraph (a few kilobytes, tens of edits) is
 * thousands of times under the cap and diffs word by word as before. The cap is a count,
 * not a clock, so every build shows the same diff.
 */
import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Characters × edits the diff may explore: about a second's work at worst. */
export const MAX_DIFF_WORK = 20_000_000;
/** The cap never goes below this many edits, however long the texts. */
export const MIN_EDIT_LENGTH = 100;

export function wordDiff(before: string, after: string): DiffPart[] {
  const maxEditLength = Math.max(MIN_EDIT_LENGTH, Math.floor(MAX_DIFF_WORK / Math.max(1, before.length + after.length)));
  const parts = diffWordsWithSpace(before, after, { maxEditLength });
  if (!parts) {
    return [
      ...(before === '' ? [] : [{ kind: 'removed' as const, text: before }]),
      ...(after === '' ? [] : [{ kind: 'added' as const, text: after }]),
    ];
  }
  return parts.map((part) => ({
    kind: part.removed ? 'removed' : part.added ? 'added' : 'same',
    text: part.value,
  }));
}

const EDGE_SPACE = /^(\s*)([\s\S]*?)(\s*)$/;

/** Text as a browser shows it: any run of spaces one space, none at either end. */
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What one side of the diff reads: the unchanged text and that side's changes. */
const sideOf = (parts: readonly DiffPart[], side: 'removed' | 'added') =>
  parts.map((part) => (part.kind === 'same' || part.kind === side ? part.text : '')).join('');

/**
 * Whether `shown` reads, on both sides and as a browser shows them, as `original` does
 * between the unchanged texts `left` and `right`: the check every regrouping must pass.
 */
function readsAsOriginal(shown: readonly DiffPart[], original: readonly DiffPart[], left: string, right: string): boolean {
  const reads = (parts: readonly DiffPart[], side: 'removed' | 'added') => collapsed(left + sideOf(parts, side) + right);
  return reads(shown, 'removed') === reads(original, 'removed') && reads(shown, 'added') === reads(original, 'added');
}

/**
 * One run of changes between unchanged text, its changed words' edge spaces moved outside
 * them, and a change of spacing alone dropped unless it sits between two words.
 */
function spacedOut(run: readonly DiffPart[], left: string, right: string): DiffPart[] {
  // Spacing for spacing ("  " for " "): the one space a browser shows either way.
  if (run.every((part) => !/\S/.test(part.text)) && /\s/.test(sideOf(run, 'removed')) && /\s/.test(sideOf(run, 'added'))) return [{ kind: 'same', text: ' ' }];
  const shown: DiffPart[] = [];
  const endsInSpace = () => (shown.length === 0 ? left === '' || /\s$/.test(left) : /\s$/.test(shown.at(-1)?.text ?? ''));
  const addSpace = () => {
    if (!endsInSpace()) shown.push({ kind: 'same', text: ' ' });
  };
  run.forEach((part, index) => {
    const [, lead = '', core = '', trail = ''] = EDGE_SPACE.exec(part.text) ?? [];
    if (core === '') {
      const later = run.slice(index + 1).find((next) => /\S/.test(next.text))?.text ?? right;
      if (!(endsInSpace() || later === '' || /^\s/.test(later))) shown.push(part);
      return;
    }
    if (lead !== '') addSpace();
    shown.push({ kind: part.kind, text: core });
    if (trail !== '' && !/^\s/.test(right)) addSpace();
  });
  return shown;
}

/** A run of changes as its removed text, then its added text. */
function asPair(removed: string, added: string): DiffPart[] {
  return [
    ...(removed === '' ? [] : [{ kind: 'removed' as const, text: removed }]),
    ...(added === '' ? [] : [{ kind: 'added' as const, text: added }]),
  ];
}

/**
 * Runs of changes with only a space between them, one of which removes or adds alone, as one
 * run: the diff pairs the words its own way ("in opposition to" → "against" came out as ~~in~~
 * against ~~opposition to~~), while one replacement reads as what it was. Runs that each
 * replace words (~~big~~ large ~~red~~ blue) stay apart, swap by swap.
 */
function mergedRuns(diff: readonly DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  const removes = (parts: readonly DiffPart[]) => parts.some((part) => part.kind === 'removed');
  const adds = (parts: readonly DiffPart[]) => parts.some((part) => part.kind === 'added');
  // The run being read, and the runs merged before it: each side's pieces, joined once at the
  // end (joining at every merge made a paragraph of thousands of one-word removals quadratic).
  let run: DiffPart[] = [];
  let chain: { removed: string[]; added: string[]; removes: boolean; adds: boolean } | undefined;
  const extendChain = () => {
    chain ??= { removed: [], added: [], removes: false, adds: false };
    chain.removed.push(sideOf(run, 'removed'));
    chain.added.push(sideOf(run, 'added'));
    chain.removes ||= removes(run);
    chain.adds ||= adds(run);
    run = [];
  };
  const flush = () => {
    if (chain) merged.push(...asPair(chain.removed.join(''), chain.added.join('')));
    else if (run.length > 0) merged.push(...(removes(run) && adds(run) ? asPair(sideOf(run, 'removed'), sideOf(run, 'added')) : run));
    run = [];
    chain = undefined;
  };
  diff.forEach((part, index) => {
    if (part.kind !== 'same') {
      run.push(part);
      return;
    }
    if (chain) extendChain();
    const next: DiffPart[] = [];
    for (let at = index + 1; at < diff.length && diff[at]?.kind !== 'same'; at += 1) next.push(diff[at] as DiffPart);
    const current = chain ?? (run.length > 0 ? { removes: removes(run), adds: adds(run) } : undefined);
    const lopsided = current !== undefined && next.length > 0 && !(current.removes && current.adds && removes(next) && adds(next));
    if (lopsided && !/\S/.test(part.text)) {
      // The space joins both sides of the run: it stays in the copy's words and in ours.
      extendChain();
      chain?.removed.push(part.text);
      chain?.added.push(part.text);
      return;
    }
    flush();
    merged.push(part);
  });
  if (chain) extendChain();
  flush();
  return merged;
}

/** A change the cleaning recorded in a paragraph: its words as they were, and as they became. */
export interface RecordedChange {
  before: string;
  after: string;
}

/** The recorded changes by the first word of what they removed, or of what they added for a pure addition; longest first. */
interface ChangeIndex {
  byRemoved: Map<string, RecordedChange[]>;
  byAdded: Map<string, RecordedChange[]>;
}

const WORD_AT = /\S+/y;
/** The word starting at `at` (none at a space). */
function wordAt(text: string, at: number): string {
  WORD_AT.lastIndex = at;
  return WORD_AT.exec(text)?.[0] ?? '';
}
const SPACE_AT = /\s*/y;
/** Past the spaces starting at `at`. */
function afterSpaces(text: string, at: number): number {
  SPACE_AT.lastIndex = at;
  SPACE_AT.exec(text);
  return SPACE_AT.lastIndex;
}
/** Whether `text` holds `words` at `at`, ending where a word does. */
const holdsAt = (text: string, words: string, at: number) => text.startsWith(words, at) && (at + words.length === text.length || /\s/.test(text[at + words.length] ?? ''));

function changeIndex(changes: readonly RecordedChange[]): ChangeIndex {
  const byRemoved = new Map<string, RecordedChange[]>();
  const byAdded = new Map<string, RecordedChange[]>();
  const seen = new Set<string>();
  for (const change of changes) {
    const before = change.before.trim();
    const after = change.after.trim();
    const key = `${before}\u0000${after}`;
    if ((before === '' && after === '') || seen.has(key)) continue;
    seen.add(key);
    const index = before === '' ? byAdded : byRemoved;
    const first = wordAt(before === '' ? after : before, 0);
    index.set(first, [...(index.get(first) ?? []), { before, after }]);
  }
  for (const index of [byRemoved, byAdded]) for (const list of index.values()) list.sort((a, b) => b.before.length - a.before.length || b.after.length - a.after.length);
  return { byRemoved, byAdded };
}

/**
 * A stretch of removed and added text cut into the changes the cleaning recorded, in order,
 * each as its removed words and its added ones; undefined unless they cover it exactly.
 */
function tiled(removed: string, added: string, changes: ChangeIndex): DiffPart[] | undefined {
  const parts: DiffPart[] = [];
  let inRemoved = afterSpaces(removed, 0);
  let inAdded = afterSpaces(added, 0);
  while (inRemoved < removed.length || inAdded < added.length) {
    const fits = (change: RecordedChange) => holdsAt(removed, change.before, inRemoved) && (change.after === '' || holdsAt(added, change.after, inAdded));
    const change =
      (inRemoved < removed.length ? changes.byRemoved.get(wordAt(removed, inRemoved))?.find(fits) : undefined) ??
      (inAdded < added.length ? changes.byAdded.get(wordAt(added, inAdded))?.find((addition) => holdsAt(added, addition.after, inAdded)) : undefined);
    if (!change) return undefined;
    if (parts.length > 0) parts.push({ kind: 'same', text: ' ' });
    parts.push(...asPair(change.before, change.after));
    inRemoved = afterSpaces(removed, inRemoved + change.before.length);
    inAdded = afterSpaces(added, inAdded + change.after.length);
  }
  return parts;
}

/**
 * Stretches of changes (runs with only spaces between them) shown as the changes the
 * cleaning recorded, where those cover a stretch exactly: the diff pairs words its own way
 * (~~in~~ against ~~opposition to vital~~ critical), the record says what replaced what
 * (~~in opposition to~~ against ~~vital~~ critical). Elsewhere the runs stay as they are.
 */
function pairedByChanges(diff: readonly DiffPart[], changes: ChangeIndex): DiffPart[] {
  const paired: DiffPart[] = [];
  let index = 0;
  while (index < diff.length) {
    const part = diff[index]!;
    if (part.kind === 'same') {
      paired.push(part);
      index += 1;
      continue;
    }
    const removed: string[] = [];
    const added: string[] = [];
    let end = index;
    let last = index;
    while (end < diff.length) {
      const next = diff[end]!;
      if (next.kind !== 'same') {
        (next.kind === 'removed' ? removed : added).push(next.text);
        end += 1;
        last = end;
      } else if (!/\S/.test(next.text) && diff[end + 1] !== undefined && diff[end + 1]?.kind !== 'same') {
        removed.push(next.text);
        added.push(next.text);
        end += 1;
      } else break;
    }
    const stretch = diff.slice(index, last);
    const removedText = removed.join('');
    const addedText = added.join('');
    const tiles = tiled(removedText, addedText, changes);
    // The same check as for spacing (readableDiff): both sides must read as before, with the
    // text either side. The stretch's edge spaces go outside its changes where that reads the
    // same; a stretch that joins words ("you ' re" → "you’re") keeps them, so no tiling fits it.
    const left = diff[index - 1]?.text ?? '';
    const right = diff[last]?.text ?? '';
    const space: DiffPart = { kind: 'same', text: ' ' };
    const lead = /^\s/.test(removedText) || /^\s/.test(addedText) ? [[space], []] : [[]];
    const trail = /\s$/.test(removedText) || /\s$/.test(addedText) ? [[space], []] : [[]];
    const shown = tiles && lead
      .flatMap((before) => trail.map((after) => [...before, ...tiles, ...after]))
      .find((parts) => readsAsOriginal(parts, stretch, left, right));
    paired.push(...(shown ?? stretch));
    index = last;
  }
  return paired;
}

/**
 * The diff as a reader should see it: a removed or added word's edge spaces moved out of the
 * struck or underlined run, so a strike-through never covers the space beside a word (it read
 * as a dash: "cyber ~~ aggressive~~ operations"), and a space is not shown twice. A change of
 * spacing alone that a browser would not show (two spaces for one) is dropped. Each run of
 * changes is checked: both sides must still read, as a browser shows them, exactly as the
 * copy and the cleaned text do ("you ' re" → "you’re" joins words, so its spaces stay in the
 * change); where they would not, the run is shown as the diff gave it. `changes`, the changes
 * the cleaning recorded between the two texts, group the runs as those changes were made
 * (`pairedByChanges`).
 */
export function readableDiff(wordParts: readonly DiffPart[], changes: readonly RecordedChange[] = []): DiffPart[] {
  const merged = mergedRuns(wordParts);
  const diff = changes.length > 0 ? pairedByChanges(merged, changeIndex(changes)) : merged;
  const shown: DiffPart[] = [];
  const pushSame = (text: string) => {
    const last = shown.at(-1);
    if (last?.kind === 'same') last.text += /\s$/.test(last.text) ? text.replace(/^\s+/, '') : text;
    else if (text !== '') shown.push({ kind: 'same', text });
  };
  let index = 0;
  while (index < diff.length) {
    const part = diff[index];
    if (part === undefined) break;
    if (part.kind === 'same') {
      pushSame(part.text);
      index += 1;
      continue;
    }
    let end = index;
    while (end < diff.length && diff[end]?.kind !== 'same') end += 1;
    const run = diff.slice(index, end);
    const left = diff[index - 1]?.text ?? '';
    const right = diff[end]?.text ?? '';
    const candidate = spacedOut(run, left, right);
    for (const shownPart of readsAsOriginal(candidate, run, left, right) ? candidate : run) {
      if (shownPart.kind === 'same') pushSame(shownPart.text);
      else shown.push({ ...shownPart });
    }
    index = end;
  }
  return shown;
}
