/**
 * The lexicons in use: the engine's general ones (`lexicons/` here, about spinners and
 * translation tools in general) joined, kind by kind, with the dossier's own (the files
 * dossier.config.ts names under `lexicons`, about this event's names). The cleaner uses both
 * wherever it cleans for a dossier: the content build, `npm run clean`, the spinner profile
 * and the benchmarks; the restoration benchmark switches entries off on purpose.
 */
import dossier from '../../dossier.config.ts';
import type { DossierConfig } from '../../src/config/dossier-config-schema.ts';
import { namedFile } from '../../src/config/dossier-files.ts';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';
import { bundledLexicon, joinLexicons, readLexiconData, type Lexicon } from './lexicon.ts';

/** One lexicon per kind of damage the cleaner's gates know. */
export interface LexiconSet {
  spinner: Lexicon;
  machineTranslation: Lexicon;
}

/** The engine's general files, by kind. */
const GENERAL_FILES: Record<keyof LexiconSet, string> = { spinner: 'spinner.yaml', machineTranslation: 'machine-translation.yaml' };
/** The kinds, as the configuration names its fields. */
const KINDS = Object.keys(GENERAL_FILES) as Array<keyof LexiconSet>;

let general: LexiconSet | undefined;

/** The engine's general lexicons alone, read and checked once per process. */
export function generalLexicons(): LexiconSet {
  general ??= { spinner: bundledLexicon(GENERAL_FILES.spinner), machineTranslation: bundledLexicon(GENERAL_FILES.machineTranslation) };
  return general;
}

/** The files a configuration adds, by kind, read and checked (problems name the file and line). */
export function dossierLexiconFiles(root: string, lexicons: DossierConfig['lexicons']) {
  return KINDS.flatMap((kind) =>
    lexicons[kind].map((file, index) => ({ kind, file, data: readLexiconData(namedFile(root, file, `lexicons.${kind}.${index}`), file) })),
  );
}

/** The general lexicons joined with the files a configuration adds; `root` is the project they are relative to. */
export function joinedLexicons(root: string, lexicons: DossierConfig['lexicons']): LexiconSet {
  const files = dossierLexiconFiles(root, lexicons);
  const join = (kind: keyof LexiconSet) => joinLexicons(generalLexicons()[kind], files.filter((file) => file.kind === kind));
  return { spinner: join('spinner'), machineTranslation: join('machineTranslation') };
}

let inUse: LexiconSet | undefined;

/** This dossier's lexicons in use, read once per process. */
export function lexiconsInUse(): LexiconSet {
  inUse ??= joinedLexicons(PROJECT_ROOT, dossier.lexicons);
  return inUse;
}
