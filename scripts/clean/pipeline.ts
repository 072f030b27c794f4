/**
 * The cleaner, read top to bottom as the specification: each `.use` is one named pass,
 * in the order they run. Passes share one tree (`tree.ts`) and record every change they
 * make; `cleanArticle` returns the cleaned text with that record.
 */
import type { Root } from 'mdast';
import { unified, type Plugin, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { Change, QuotationRecord, UnrestoredParagraph } from '../../src/schemas/cleaning-record.ts';
import { english } from '../../src/language/en/index.ts';
import type { CleanQuotationIndex } from '../../src/quotations/corroboration.ts';
import { damageScore, type DamageScore } from './damage-score.ts';
import { wordingDamaged } from '../../src/schemas/damage-kinds.ts';
import { lexiconsInUse, type LexiconSet } from './lexicons-in-use.ts';
import parseArticle from './parse-article.ts';
import applyCorrections, { type CorrectionOptions } from './passes/apply-corrections.ts';
import { lexiconPass } from './passes/apply-lexicon.ts';
import classifyDamage, { type DamageKind } from './passes/classify-damage.ts';
import detectSpinning from './passes/detect-spinning.ts';
import unspinWords from './passes/unspin-words.ts';
import unspinProvenSwaps from './passes/unspin-proven-swaps.ts';
import unspinKnownSwaps from './passes/unspin-known-swaps.ts';
import unspinNames from './passes/unspin-names.ts';
import restoreStrandedContractions from './passes/restore-stranded-contractions.ts';
import repairTranslation from './passes/repair-translation.ts';
import restoreRegistryNames from './passes/restore-registry-names.ts';
import { RegistryNames } from './registry-names.ts';
import { readRegistryWithAffiliations } from '../../src/actors/registry-files.ts';
import { englishModel } from '../../src/language/en/language-model.ts';
import { tableReadings } from '../../src/language/en/swap-readings.ts';
import { join } from 'node:path';
import dossier from '../../dossier.config.ts';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';
import normaliseAcronyms from './passes/normalise-acronyms.ts';
import removeRepeatedWords from './passes/remove-repeated-words.ts';
import removeTemplateResidue from './passes/remove-template-residue.ts';
import splitFusedWords from './passes/split-fused-words.ts';
import curlQuotes from './passes/curl-quotes.ts';
import extractHeadline from './passes/extract-headline.ts';
import normalisePunctuation from './passes/normalise-punctuation.ts';
import normaliseWhitespace from './passes/normalise-whitespace.ts';
import removeRepeatedParagraphs from './passes/remove-repeated-paragraphs.ts';
import removeWebDebris from './passes/remove-web-debris.ts';
import repairMojibake from './passes/repair-mojibake.ts';
import { blockText, blocksOf, rawParagraphOf, type Block } from './tree.ts';
import { cachedReadings, readingCache } from './unspin.ts';
import { unrestoredParagraphs } from './unrestored-paragraphs.ts';
import corroborateQuotations, { type Corroboration } from './passes/corroborate-quotations.ts';
import restoreNames, { type RestoreNamesOptions } from './passes/restore-names.ts';

export interface CleanedArticle {
  /** The headline found at the top of the text, cleaned; undefined when the text has none. */
  headline: string | undefined;
  /** Cleaned body paragraphs, in order. */
  paragraphs: string[];
  /** For each body paragraph, the 1-based raw paragraph it came from. */
  paragraphOrigins: number[];
  /** The 1-based raw paragraph the headline came from, if there is one. */
  headlineOrigin: number | undefined;
  /** The raw paragraphs (line blocks) as read. */
  rawParagraphs: string[];
  /** Every change, in the order made, located in the cleaned article. */
  changes: Change[];
  /** Every quotation of the cleaned body, with what its words rest on. */
  quotations: QuotationRecord[];
  /** Kinds of damage found (or declared), and the marker fingerprints that showed them. */
  damage: { kinds: DamageKind[]; markers: Partial<Record<DamageKind, string[]>>; suspects: Array<{ ruleId: string; text: string }> };
  /** Fingerprints found, fixed and left; share of words changed. */
  score: DamageScore;
  /** Paragraphs of a damaged copy whose damage cleaning did not undo, with why (see unrestored-paragraphs.ts). */
  unrestored: UnrestoredParagraph[];
}

declare module 'unified' {
  interface CompileResultMap {
    /** What the cleaner's compiler returns. */
    CleanedArticle: CleanedArticle;
  }
}

/**
 * Every quotation of the cleaned body, with what its words rest on: restored (a change of
 * the corroboration pass covers it), corroborated (the pass found its words in a clean
 * source), verbatim (a copy whose wording arrived undamaged), or unverified; and the runs
 * of words cleaning changed inside it.
 */
function quotationRecords(body: readonly Block[], changes: readonly Change[], corroborations: readonly Corroboration[], damaged: boolean): QuotationRecord[] {
  const vouched = new Map<Block, Map<number, Corroboration>>();
  for (const corroboration of corroborations) {
    const byIndex = vouched.get(corroboration.block) ?? new Map<number, Corroboration>();
    byIndex.set(corroboration.quotation, corroboration);
    vouched.set(corroboration.block, byIndex);
  }
  // Wording changes with words on the page, by paragraph, in the record's order.
  const changed = new Map<number, Change[]>();
  for (const change of changes) {
    if (change.location !== 'body' || change.paragraph === null || !change.span || change.before === change.after) continue;
    if (change.meaning.length === 0 && change.confidence === 'certain' && !change.ruleId.startsWith('corroboration/') && isFormOnly(change)) continue;
    const inParagraph = changed.get(change.paragraph);
    if (inParagraph) inParagraph.push(change);
    else changed.set(change.paragraph, [change]);
  }
  const overlapping = new Map([...changed].map(([paragraph, inParagraph]) => [paragraph, overlapFinder(inParagraph)]));
  return body.flatMap((block, index) => {
    const text = blockText(block);
    return english.findQuotations(text).map((quotation, position): QuotationRecord => {
      const { start, end } = quotation.inner;
      const inside = overlapping.get(index + 1)?.(start, end) ?? [];
      const restoredBy = inside.find((change) => change.ruleId.startsWith('corroboration/') && change.evidence);
      const corroboration = vouched.get(block)?.get(position);
      const status = restoredBy ? 'restored' : corroboration ? 'corroborated' : damaged ? 'unverified' : 'verbatim';
      return {
        paragraph: index + 1,
        span: [start, end],
        text: text.slice(start, end),
        status,
        evidence: restoredBy?.evidence ? [restoredBy.evidence] : (corroboration?.evidence ?? []),
        altered: restoredBy
          ? []
          : inside.map((change) => [Math.max(start, change.span?.[0] ?? start), Math.min(end, change.span?.[1] ?? end)] as [number, number]),
      };
    });
  });
}

/**
 * The changes whose spans overlap [start, end), in the order given, found by binary search
 * over the spans sorted by start (a scan of every change per quotation was quadratic in a
 * paragraph of thousands of quotations). A change starting more than the longest span
 * before `start` cannot reach it.
 */
function overlapFinder(changes: readonly Change[]): (start: number, end: number) => Change[] {
  const spans = changes.flatMap((change, order) => (change.span ? [{ change, order, from: change.span[0], to: change.span[1] }] : []));
  spans.sort((a, b) => a.from - b.from || a.order - b.order);
  const longest = spans.reduce((most, span) => Math.max(most, span.to - span.from), 0);
  const firstFrom = (at: number): number => {
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((spans[middle]?.from ?? Infinity) < at) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return (start, end) => {
    const found: Array<(typeof spans)[number]> = [];
    for (let at = firstFrom(start - longest); at < spans.length && (spans[at]?.from ?? Infinity) < end; at += 1) {
      const span = spans[at];
      if (span && span.to > start) found.push(span);
    }
    return found.sort((a, b) => a.order - b.order).map((span) => span.change);
  };
}

/**
 * A change of form only (marks, case, spacing, a word printed twice): it changes no word a
 * speaker said, so it does not make a quotation "altered".
 */
function isFormOnly(change: Change): boolean {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';
  return words(change.before) === words(change.after) || change.ruleId.startsWith('repeats/');
}

/** unified compiler: the cleaned tree and the file's record → a `CleanedArticle`. */
const compileArticle: Plugin<[], Root, CleanedArticle> = function () {
  this.compiler = (tree, file) => {
    const blocks = blocksOf(tree as Root).filter((block) => blockText(block) !== '');
    const heading = blocks.find((block) => block.type === 'heading');
    const body = blocks.filter((block) => block.type === 'paragraph');
    const paragraphOrigins = body.map(rawParagraphOf);
    // Looked up per change: a search of every paragraph per change was quadratic.
    const bodyIndex = new Map<number, number>();
    paragraphOrigins.forEach((origin, index) => {
      if (!bodyIndex.has(origin)) bodyIndex.set(origin, index);
    });
    // Where each change's words stand now: the spans its block carried through every edit.
    const spanOf = new Map<number, [number, number]>();
    for (const block of blocks) for (const span of block.data?.changeSpans ?? []) spanOf.set(span.change, [span.start, span.end]);
    const changes = (file.data.changes ?? []).map((change, at): Change => {
      const index = bodyIndex.get(change.rawParagraph) ?? -1;
      const inHeadline = heading !== undefined && rawParagraphOf(heading) === change.rawParagraph;
      const location = index !== -1 ? 'body' : inHeadline ? 'headline' : 'removed';
      return {
        ...change,
        paragraph: index === -1 ? null : index + 1,
        location,
        span: location === 'removed' ? null : (spanOf.get(at) ?? null),
      };
    });
    const rawParagraphs = file.data.rawParagraphs ?? [];
    const paragraphs = body.map(blockText);
    const headline = heading ? blockText(heading) : undefined;
    const finalText = blocks.map(blockText).join('\n').toLowerCase();
    const markers = file.data.markers ?? {};
    const anyMarker = Object.values(markers).some((found) => found.length > 0);
    // A suspect counts as damage left only in a text with some fingerprint of damage (one
    // "in opposition to" in clean prose is English), and only if no later pass fixed it.
    // Each distinct text is looked for once: a spun article repeats the same few forms.
    const present = new Map<string, boolean>();
    const stillThere = (text: string) => {
      const key = text.toLowerCase();
      let found = present.get(key);
      if (found === undefined) {
        found = finalText.includes(key);
        present.set(key, found);
      }
      return found;
    };
    const suspects = anyMarker ? (file.data.suspects ?? []).filter((suspect) => stillThere(suspect.text)) : [];
    const cleanText = [...(headline === undefined ? [] : [headline]), ...paragraphs].join('\n\n');
    const damageKinds = file.data.damageKinds ?? [];
    // The readings the detector and the un-spinner made of these texts are reused.
    const readings = (file.data.swapReadings ??= readingCache());
    // The spinner table whose fingerprint the copy shows, if the known-swaps pass read one.
    const knownSwapTable = file.data.knownSwapTable;
    return {
      headline,
      paragraphs,
      paragraphOrigins,
      headlineOrigin: heading ? rawParagraphOf(heading) : undefined,
      rawParagraphs,
      changes,
      quotations: quotationRecords(body, changes, file.data.corroborations ?? [], wordingDamaged(damageKinds)),
      damage: { kinds: damageKinds, markers, suspects },
      score: damageScore(rawParagraphs.join('\n\n'), cleanText, changes.map((change) => change.ruleId), suspects.length),
      unrestored: unrestoredParagraphs({
        damageKinds,
        paragraphs,
        changes,
        suspects,
        readingsOf: (text) => cachedReadings(englishModel(), text, readings),
        ...(knownSwapTable ? { knownSwapsOf: (text: string) => tableReadings(englishModel(), text, knownSwapTable) } : {}),
      }),
    };
  };
};

/** What a caller may add to the general rules: one seed's own knowledge. */
export interface CleanOptions {
  /** Damage a maintainer declared for the document (opens the lexicons' gates). */
  declaredDamage?: readonly DamageKind[];
  /** Per-seed corrections and uncertain passages; absent for the general cleaner. */
  corrections?: CorrectionOptions;
  /**
   * The dossier's clean sources, to corroborate or restore this copy's quotations; absent
   * when the copy is cleaned alone (`npm run clean`) or is itself clean.
   */
  corroboration?: {
    index: CleanQuotationIndex;
    self?: string;
    nameOf?: (slug: string) => string;
    /** The clean sources' passages on the same ground as each paragraph, and the registry's names, to restore mangled names. */
    names?: RestoreNamesOptions;
  };
  /**
   * Lexicons in place of the ones in use (the engine's general ones and the dossier's own,
   * `lexiconsInUse`): the restoration benchmark switches entries off (`filterLexicon`) to
   * measure what the general rules restore without them.
   */
  lexicons?: Partial<LexiconSet>;
  /**
   * The registry's names, for restoring broken ones: the project's content/ when not given,
   * null for none.
   */
  registry?: RegistryNames | null;
}

/** One named pass, as the benchmark and the pipeline see it. */
export interface CleaningPass {
  name: string;
  plugin: PluggableList[number];
}

let projectRegistry: RegistryNames | undefined;

/** The dossier's registry (its content folder's actors and outlets), read once per process. */
export function projectRegistryNames(): RegistryNames {
  projectRegistry ??= new RegistryNames(englishModel(), readRegistryWithAffiliations(join(PROJECT_ROOT, dossier.folders.content)));
  return projectRegistry;
}

/** The per-seed pass: applied once, after the general passes have settled. */
const EDITORIAL_PASS = 'editorial-corrections';
/** The dossier's passes: applied once, last. */
const NAMES_PASS = 'restore-names';
const CORROBORATION_PASS = 'corroborate-quotations';
/** Passes that run once, after the rounds of the general passes, in this order. */
const ONCE = new Set([EDITORIAL_PASS, NAMES_PASS, CORROBORATION_PASS]);

/** The passes in the order they run: this list is the cleaning specification. */
export function cleaningPasses(options: CleanOptions = {}): CleaningPass[] {
  const { spinner, machineTranslation } = { ...lexiconsInUse(), ...options.lexicons };
  // The registry's names: the project's unless the caller gives its own, or null for none.
  const registry = options.registry === undefined ? projectRegistryNames() : options.registry;
  const passes: CleaningPass[] = [
    // 00. Encoding before anything reads characters: mojibake holds no-break spaces ("Ã " is
    //     à) and C1 controls that the spacing pass would otherwise delete as invisible.
    { name: 'repair-mojibake', plugin: repairMojibake },
    // 0. Spacing first: invisible characters and odd spaces would hide debris,
    //    repeats and headlines from the passes that judge whole paragraphs.
    { name: 'normalise-whitespace', plugin: normaliseWhitespace },
    // 1. Debris: what the web page added around the article.
    { name: 'remove-web-debris', plugin: removeWebDebris },
    // 2. Structure: the headline, apart from the body.
    { name: 'extract-headline', plugin: extractHeadline },
    // 3. Typography: punctuation, fused words, quotation marks, acronyms.
    { name: 'normalise-punctuation', plugin: normalisePunctuation },
    { name: 'split-fused-words', plugin: splitFusedWords },
    { name: 'curl-quotes', plugin: curlQuotes },
    // 4. Repeats, judged on finished text: words ("NCSO NCSO"), then whole paragraphs.
    { name: 'remove-repeated-words', plugin: removeRepeatedWords },
    { name: 'remove-repeated-paragraphs', plugin: removeRepeatedParagraphs },
    // 5. Template residue a spinner left ("{that a}").
    { name: 'remove-template-residue', plugin: removeTemplateResidue },
    // 6. What kind of damage is this? Opens the gates of the lexicon entries below.
    {
      name: 'classify-damage',
      plugin: [
        classifyDamage,
        {
          lexicons: [
            { kind: 'spun', lexicon: spinner },
            { kind: 'machine-translated', lexicon: machineTranslation },
          ],
          declared: options.declaredDamage ?? [],
        },
      ],
    },
    // 7. Damage-specific rules: acronyms a translation tool title-cased ("Ncso"), then the
    //    lexicons of a spinner's synonym swaps and a translation tool's mistranslations.
    { name: 'normalise-acronyms', plugin: normaliseAcronyms },
    { name: 'spinner-lexicon', plugin: lexiconPass(spinner) },
    { name: 'machine-translation-lexicon', plugin: lexiconPass(machineTranslation) },
    // 7a. Names of the dossier's actors and outlets a spinner or translation broke ("The
    //     file", "Ministry of Defense"), from the registry: after the lexicons' reviewed
    //     names, before the model's own name repairs and the swaps they prove.
    { name: 'restore-registry-names', plugin: [restoreRegistryNames, { registry: registry ?? undefined }] },
    // 7a'. General repairs of a round trip (a stray pronoun after a name): after the lexicon
    //      and the registry, which restore the names ("The sentinel" → "The Sentinel") these
    //      rules look for. Two kinds of slip found judge the copy machine-translated,
    //      which opens the translation lexicon's gates in the next round.
    { name: 'repair-translation', plugin: repairTranslation },
    // 7b. Names the lexicon does not list, restored where the model knows the name as a
    //     phrase: after the lexicon (its reviewed names first), before the swaps they prove.
    { name: 'unspin-names', plugin: [unspinNames, { registry: registry ?? undefined }] },
    // 7c. ... and, without waiting for a lexicon, from the language model: a text dense with
    //     words whose thesaurus neighbour is far more probable reads as spun (half as dense
    //     will do with a fingerprint: a marker or a restored name, so after both). Its verdict
    //     opens the gates below at once and the lexicon's in the next round; it reads the
    //     text the un-spinner will read, so the two share one reading of each paragraph.
    //     A copy dense with the spinner lexicon's recorded swaps reads as spun too.
    { name: 'detect-spinning', plugin: [detectSpinning, { lexicon: spinner }] },
    // 7c'. A contraction's ending left on a phrase the spinner padded in ("you happen to're"):
    //      once the copy is judged spun, before the swaps below read those words as context.
    { name: 'restore-stranded-contractions', plugin: restoreStrandedContractions },
    // 7d. Swaps the restored names prove ("Northern Occasions" → times → occasions), applied
    //     to the rest of the document: after the lexicon, whose name entries are the proof.
    { name: 'unspin-proven-swaps', plugin: unspinProvenSwaps },
    // 7d'. The swaps the spinner lexicon records, judged by the model outside the entries'
    //      gates: after the gated entries and the proven swaps (reviewed and proven first),
    //      before the thesaurus, whose candidates are guesses where these are known swaps.
    { name: 'unspin-known-swaps', plugin: [unspinKnownSwaps, { lexicon: spinner }] },
    // 7e. The un-spinner, after the lexicon: the lexicon's reviewed restorations come first
    //     and give the model cleaner context; the model then weighs the swaps no entry lists.
    { name: 'unspin-words', plugin: unspinWords },
  ];
  // 8. One seed's own editorial corrections, on the text the general rules left.
  if (options.corrections) passes.push({ name: EDITORIAL_PASS, plugin: [applyCorrections, options.corrections] });
  // 9. The dossier's clean sources, last: a quotation they carry is theirs to vouch for or
  //    restore, whatever the rules and the editors made of this copy's words.
  //    Names first (a quotation's speaker, an outlet), then the quotations.
  if (options.corroboration?.names) passes.push({ name: NAMES_PASS, plugin: [restoreNames, options.corroboration.names] });
  if (options.corroboration) passes.push({ name: CORROBORATION_PASS, plugin: [corroborateQuotations, options.corroboration] });
  return passes;
}

/** Rounds of the general passes at most; real text settles in two. */
export const MAX_ROUNDS = 4;

/**
 * What a caller may watch of the cleaner without changing it: the cleaning benchmark times
 * each pass and counts the rounds through these, so that it measures this runner and not a
 * copy of it.
 */
export interface CleanerHooks {
  /** The plugin to run for `pass` in its place (the pass's own, wrapped); the pass's plugin when not given. */
  pass?: (pass: CleaningPass) => PluggableList[number];
  /** Told once per article when the rounds end: how many ran, and whether the last changed nothing. */
  rounds?: (rounds: number, settled: boolean) => void;
}

/**
 * Runs passes again until a round changes nothing: a later pass can make work for an
 * earlier one (a fused "theThe" split into a repeated word, a repeat removed to leave a
 * debris line), and cleaning must be idempotent. Bounded, so it always ends.
 */
function untilStable(passes: readonly CleaningPass[], hooks: CleanerHooks): Plugin<[], Root> {
  const round = unified()
    .use(passes.map((pass) => (hooks.pass ? hooks.pass(pass) : pass.plugin)))
    .freeze();
  return () => (tree, file) => {
    for (let index = 1; index <= MAX_ROUNDS; index += 1) {
      const before = file.data.changes?.length ?? 0;
      // Suspects describe the text as it stands: only the last round's count.
      file.data.suspects = [];
      round.runSync(tree, file);
      const settled = (file.data.changes?.length ?? 0) === before;
      if (settled || index === MAX_ROUNDS) {
        hooks.rounds?.(index, settled);
        return;
      }
    }
  };
}

export function createCleaner(options: CleanOptions = {}, hooks: CleanerHooks = {}) {
  const passes = cleaningPasses(options);
  const general = passes.filter((pass) => !ONCE.has(pass.name));
  const once = passes.filter((pass) => ONCE.has(pass.name));
  return unified()
    .use(parseArticle)
    .use(untilStable(general, hooks))
    .use(once.map((pass) => (hooks.pass ? hooks.pass(pass) : pass.plugin)))
    .use(compileArticle);
}

/** Cleans one raw article. `path` only names the file in messages. */
export function cleanArticle(raw: string, path?: string, options: CleanOptions = {}): CleanedArticle {
  const file = new VFile({ value: raw, path });
  return createCleaner(options).processSync(file).result;
}

/** An article cleaned by its own rules and corrections, waiting for the dossier's pass. */
export interface CleanedTree {
  tree: Root;
  file: VFile;
  /** Kinds of damage found or declared: a copy damaged in its wording is corroborated. */
  damageKinds: readonly DamageKind[];
}

/**
 * The first half of `cleanArticle`: every pass but the dossier's. The content build cleans
 * each seed this far, learns which copies arrived undamaged (they are the clean sources),
 * and then finishes the damaged ones with those sources (`finishCleaning`).
 */
export function cleanTree(raw: string, path: string | undefined, options: Omit<CleanOptions, 'corroboration'> = {}): CleanedTree {
  const file = new VFile({ value: raw, path });
  const processor = createCleaner(options);
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  return { tree, file, damageKinds: file.data.damageKinds ?? [] };
}

/** The second half: the dossier's pass (when given) and the record. */
export function finishCleaning(cleaned: CleanedTree, corroboration?: CleanOptions['corroboration']): CleanedArticle {
  const processor = unified()
    .use(corroboration?.names ? [[restoreNames, corroboration.names] as const] : [])
    .use(corroboration ? [[corroborateQuotations, corroboration] as const] : [])
    .use(compileArticle)
    .freeze();
  const tree = processor.runSync(cleaned.tree, cleaned.file);
  return processor.stringify(tree as Root, cleaned.file) as CleanedArticle;
}

/** The body paragraphs of a tree as the first half left them, numbered as the record will number them. */
export function treeParagraphs(cleaned: CleanedTree): string[] {
  return blocksOf(cleaned.tree)
    .filter((block) => block.type === 'paragraph')
    .map(blockText)
    .filter((text) => text !== '');
}
