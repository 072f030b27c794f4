/**
 * Lexicons: reviewable data (`lexicons/*.yaml`) mapping a damaged form to the form it
 * restores, with the context it needs and why. All entries of a lexicon are compiled into
 * one pattern, so a text is scanned once however long the lexicon grows.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { parseYaml, validateYaml } from '../../src/files/parse-yaml.ts';
import { ContentError } from '../../src/files/content-error.ts';
import { alternationSource } from './alternation.ts';

/** Which documents an entry applies to. */
export const gates = ['always', 'spun', 'machine-translated', 'damaged'] as const;
export type Gate = (typeof gates)[number];

const regexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not a valid regular expression' },
);

export const lexiconEntrySchema = z
  .object({
    /** The damaged form, matched as whole words, case-insensitively; spaces match any spacing. */
    damaged: z.string().min(1),
    /** What it restores to; the damaged form's capitalisation is carried over. */
    restored: z.string(),
    /** What kind of damage this is, e.g. `synonym-swap`, `name`, `mistranslation`. */
    category: z.string().min(1),
    /**
     * Which documents it applies to: `always` (forms that never occur in correct English),
     * or only documents found to be `spun`, `machine-translated`, or either (`damaged`).
     */
    when: z.enum(gates),
    /** A fingerprint so telling that finding it counts towards classifying the document. */
    marker: z.boolean().default(false),
    /**
     * Match the damaged form's capitals exactly (the first letter excepted, for the start
     * of a sentence): a "white home" is not the White House.
     */
    caseSensitive: z.boolean().default(false),
    /** Regular expression the text just before the match must end with. */
    precededBy: regexSource.optional(),
    /** Regular expression the text just after the match must start with. */
    followedBy: regexSource.optional(),
    /** Regular expression the text just before the match must not end with (any case: "Police officers"). */
    notPrecededBy: regexSource.optional(),
    /** Regular expression the text just after the match must not start with. */
    notFollowedBy: regexSource.optional(),
    /** Regular expression the whole document must match (e.g. a US setting for US names). */
    documentMentions: regexSource.optional(),
    /** One line saying why this is damage and why the restoration is right. */
    rationale: z.string().min(1),
  })
  .strict();

export const lexiconSchema = z
  .object({
    /** What the lexicon restores, for the change record. */
    description: z.string().min(1),
    /** Rule id prefix of its changes, e.g. `spinner`. */
    ruleId: z.string().regex(/^[a-z-]+$/),
    /** The entries, in no particular order: longer damaged forms win. */
    entries: z.array(lexiconEntrySchema).min(1),
  })
  .strict();

export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
export type LexiconData = z.infer<typeof lexiconSchema>;

/** How far either side of a match context patterns look. */
const CONTEXT_WINDOW = 60;

interface CompiledEntry extends LexiconEntry {
  /** Position in the file, for the rule id and for error messages. */
  index: number;
  /** The entry as written. */
  source: LexiconEntry;
  precededByPattern?: RegExp;
  followedByPattern?: RegExp;
  notPrecededByPattern?: RegExp;
  notFollowedByPattern?: RegExp;
  documentPattern?: RegExp;
}

export interface Lexicon {
  description: string;
  ruleId: string;
  entries: readonly CompiledEntry[];
  /** One pattern for every damaged form, longest first. */
  pattern: RegExp;
  /** One pattern for the forms of `marker` entries only: what classification looks for. */
  markerPattern: RegExp;
  /** Entries by lower-cased, space-normalised damaged form (several may share one). */
  byForm: ReadonlyMap<string, readonly CompiledEntry[]>;
}

/** The key a matched text is looked up by. */
export function formKey(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

export function compileLexicon(data: LexiconData): Lexicon {
  const entries: CompiledEntry[] = data.entries.map((entry, index) => ({
    ...entry,
    index,
    source: entry,
    precededByPattern: entry.precededBy ? new RegExp(`(?:${entry.precededBy})$`, 'u') : undefined,
    followedByPattern: entry.followedBy ? new RegExp(`^(?:${entry.followedBy})`, 'u') : undefined,
    // Exclusion lists are words, and a sentence may start with one: compared in any case.
    notPrecededByPattern: entry.notPrecededBy ? new RegExp(`(?:${entry.notPrecededBy})$`, 'iu') : undefined,
    notFollowedByPattern: entry.notFollowedBy ? new RegExp(`^(?:${entry.notFollowedBy})`, 'u') : undefined,
    documentPattern: entry.documentMentions ? new RegExp(entry.documentMentions, 'u') : undefined,
  }));
  const byForm = new Map<string, CompiledEntry[]>();
  for (const entry of entries) {
    const key = formKey(entry.damaged);
    byForm.set(key, [...(byForm.get(key) ?? []), entry]);
  }
  // Whole words: not inside a longer word on either side; longer forms first, as a trie (see
  // `alternation.ts`). A lexicon with no entry (switched off to measure the general rules
  // alone) matches nothing.
  const patternOf = (forms: readonly string[]) =>
    forms.length === 0 ? /(?!)/gu : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationSource(forms)})(?![\\p{L}\\p{N}])`, 'giu');
  const pattern = patternOf([...byForm.keys()]);
  const markerPattern = patternOf([...byForm].filter(([, forms]) => forms.some((entry) => entry.marker)).map(([form]) => form));
  return { description: data.description, ruleId: data.ruleId, entries, pattern, markerPattern, byForm };
}

const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);

/** Whether an entry's context conditions hold around a match at [start, end). */
/**
 * The last document a `documentMentions` pattern was tested on, with each pattern's answer.
 * Passes ask once per match and always about the document they are working on, so one
 * remembered document is enough; testing the whole document at every match made a long
 * article with many matches quadratic.
 */
let tested: { document: string; answers: Map<RegExp, boolean> } | undefined;

function documentMatches(pattern: RegExp, document: string): boolean {
  if (tested?.document !== document) tested = { document, answers: new Map() };
  let answer = tested.answers.get(pattern);
  if (answer === undefined) {
    answer = pattern.test(document);
    tested.answers.set(pattern, answer);
  }
  return answer;
}

export function contextHolds(entry: CompiledEntry, text: string, start: number, end: number, document: string): boolean {
  if (entry.caseSensitive && lowerFirst(text.slice(start, end).replace(/\s+/g, ' ')) !== lowerFirst(entry.damaged)) return false;
  const before = text.slice(Math.max(0, start - CONTEXT_WINDOW), start);
  const after = text.slice(end, end + CONTEXT_WINDOW);
  if (entry.precededByPattern && !entry.precededByPattern.test(before)) return false;
  if (entry.followedByPattern && !entry.followedByPattern.test(after)) return false;
  if (entry.notPrecededByPattern?.test(before)) return false;
  if (entry.notFollowedByPattern?.test(after)) return false;
  if (entry.documentPattern && !documentMatches(entry.documentPattern, document)) return false;
  return true;
}

/** Carries the damaged form's capitalisation over: `Warfare` → `War`, `WARFARE` → `WAR`. */
export function matchCase(damaged: string, restored: string): string {
  if (restored === '') return restored;
  const letters = damaged.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return restored.toUpperCase();
  const first = damaged.charAt(0);
  if (first !== first.toLowerCase()) return restored.charAt(0).toUpperCase() + restored.slice(1);
  return restored;
}

/** A lexicon file read and checked; `file` names it in problems (the path from the project root). */
export function readLexiconData(path: string, file: string): LexiconData {
  return validateYaml(parseYaml(readFileSync(path, 'utf8'), file), lexiconSchema, file);
}

export function loadLexicon(path: string, file: string = path.replace(/^.*?(scripts[\\/])/, '$1')): Lexicon {
  return compileLexicon(readLexiconData(path, file));
}

/**
 * The same lexicon with only the entries `keep` accepts: the restoration benchmark switches
 * entries off to measure what the general rules do without them.
 */
export function filterLexicon(lexicon: Lexicon, keep: (entry: LexiconEntry) => boolean): Lexicon {
  const entries = lexicon.entries.filter((entry) => keep(entry.source)).map((entry) => entry.source);
  return compileLexicon({ description: lexicon.description, ruleId: lexicon.ruleId, entries });
}

/**
 * One lexicon of the entries of `lexicon` and then of `more`: a dossier's own entries joined
 * to the engine's general ones. All must share the rule id, so a change is recorded the same
 * way whichever file holds its entry; the first lexicon's description stands for all.
 */
export function joinLexicons(lexicon: Lexicon, more: ReadonlyArray<{ file: string; data: LexiconData }>): Lexicon {
  if (more.length === 0) return lexicon;
  const problems = more
    .filter(({ data }) => data.ruleId !== lexicon.ruleId)
    .map(({ file, data }) => ({ file, field: 'ruleId', message: `is "${data.ruleId}", but this file joins the "${lexicon.ruleId}" lexicon: write \`ruleId: ${lexicon.ruleId}\`.` }));
  if (problems.length > 0) throw new ContentError(problems);
  return compileLexicon({
    description: lexicon.description,
    ruleId: lexicon.ruleId,
    entries: [...lexicon.entries.map((entry) => entry.source), ...more.flatMap(({ data }) => data.entries)],
  });
}

/** A lexicon shipped in `lexicons/`, by file name. */
export function bundledLexicon(name: string): Lexicon {
  return loadLexicon(fileURLToPath(new URL(`./lexicons/${name}`, import.meta.url)));
}
