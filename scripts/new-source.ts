/**
 * `npm run new-source`: adds a news article as a clean Markdown source.
 *
 *   npm run new-source -- --file article.txt --title "…" --outlet "Daily Courant" --published 2025-03-03 [--url …] [--archive-url …] [--slug …] [--language en] [--notes "…"]
 *     [--new-outlet-name "…" --new-outlet-description "…" [--new-outlet-homepage …]]
 *
 * `--outlet` takes an outlet's file name, name or alias. An outlet the dossier does not have
 * is offered for creation: asked on a terminal, or given by the `--new-outlet-…` options
 * where no one can be asked (CI). On a terminal, any missing fact is asked for. Writes
 * content/sources/<slug>.md (and content/outlets/<id>.md for a new outlet), never over an
 * existing file, then says what to check next: names no actor covers yet, and how to preview.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { NameMatcher, type NamedEntry } from '../src/actors/name-matcher.ts';
import { readProjectRegistry } from '../src/actors/registry-files.ts';
import { readNames } from '../src/names/read-names.ts';
import { formatNameReport } from './lib/format-name-report.ts';
import { scaffoldSource, type NewSourceFacts } from './content/scaffold-source.ts';
import { findOutlet, listOutlets, scaffoldOutlet, type KnownOutlet, type ScaffoldedOutlet } from './content/resolve-outlet.ts';
import { ContentError } from '../src/files/content-error.ts';
import { folderProblems } from '../src/files/contributed-files.ts';
import { readTextFile } from '../src/files/read-text-file.ts';
import { COLLECTIONS } from '../src/collections/manifest.ts';
import dossier from '../dossier.config.ts';
import { reportFailure } from './lib/report-failure.ts';

const REQUIRED = ['file', 'title', 'outlet', 'published'] as const;
const WHAT: Record<(typeof REQUIRED)[number], string> = {
  file: 'the article file (.txt or .md)',
  title: 'the headline as published',
  outlet: 'the outlet (its name, an alias or its file name in content/outlets/)',
  published: 'the publication date (YYYY-MM-DD)',
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      title: { type: 'string' },
      outlet: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      'archive-url': { type: 'string' },
      'new-outlet-name': { type: 'string' },
      'new-outlet-description': { type: 'string' },
      'new-outlet-homepage': { type: 'string' },
      slug: { type: 'string' },
      language: { type: 'string' },
      notes: { type: 'string' },
    },
    strict: true,
  });
  const answers: Partial<Record<(typeof REQUIRED)[number], string>> = { ...values };
  // A new outlet named only by --new-outlet-name is the outlet meant.
  if (!answers.outlet?.trim() && values['new-outlet-name']?.trim()) answers.outlet = values['new-outlet-name'];
  const missing = REQUIRED.filter((name) => !answers[name]?.trim());
  const terminal = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  try {
    if (missing.length > 0) {
      if (!terminal) {
        throw new ContentError(
          missing.map((name) => ({ file: 'npm run new-source', field: `--${name}`, message: `is required: ${WHAT[name]}.` })),
        );
      }
      for (const name of missing) answers[name] = (await terminal.question(`${WHAT[name].replace(/^the /, '').replace(/^./, (first) => first.toUpperCase())}: `)).trim();
    }

    const root = process.cwd();
    const sourcesDir = join(root, dossier.folders.content, COLLECTIONS.sources.folder);
    const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)) : []);
    const registry = readProjectRegistry(root);
    const outlets: KnownOutlet[] = registry.filter((entry) => entry.type === 'outlet').map(({ id, name, aliases }) => ({ id, name, aliases }));
    const given = answers.outlet ?? '';
    const known = findOutlet(given, outlets);
    const newOutlet = known ? undefined : await offerNewOutlet(given, values, outlets, terminal);
    const file = answers.file ?? '';
    const facts: NewSourceFacts = {
      title: answers.title ?? '',
      outlet: known?.id ?? newOutlet?.id ?? given,
      published: answers.published ?? '',
      url: values.url,
      archiveUrl: values['archive-url'],
      language: values.language,
      notes: values.notes,
      slug: values.slug,
    };
    const source = scaffoldSource(
      facts,
      { text: readTextFile(file), file, isMarkdown: ['.md', '.markdown'].includes(extname(file).toLowerCase()) },
      { outlets: [...list(join(root, dossier.folders.content, COLLECTIONS.outlets.folder)), ...(newOutlet ? [newOutlet.id] : [])], slugs: list(sourcesDir), today: new Date().toISOString().slice(0, 10) },
    );
    await writeSource(root, sourcesDir, source, newOutlet, registry);
  } finally {
    terminal?.close();
  }
}

/**
 * An outlet no file names: its file from the `--new-outlet-…` options, or from answers on a
 * terminal (after asking whether to create it); refused, with the known outlets, when
 * neither is possible or the maintainer declines.
 */
async function offerNewOutlet(
  given: string,
  values: { 'new-outlet-name'?: string | undefined; 'new-outlet-description'?: string | undefined; 'new-outlet-homepage'?: string | undefined },
  outlets: readonly KnownOutlet[],
  terminal: ReturnType<typeof createInterface> | undefined,
): Promise<ScaffoldedOutlet> {
  const unknown = (extra: string) =>
    new ContentError([
      { file: 'npm run new-source', field: '--outlet', message: `no outlet "${given}" in content/outlets/ (by file name, name or alias); use one of: ${listOutlets(outlets)}${extra}` },
    ]);
  if (values['new-outlet-name'] !== undefined || values['new-outlet-description'] !== undefined) {
    return scaffoldOutlet({ name: values['new-outlet-name'] ?? given, description: values['new-outlet-description'] ?? '', homepage: values['new-outlet-homepage'] }, outlets);
  }
  if (!terminal) throw unknown('; or create it with --new-outlet-name "…" --new-outlet-description "…" [--new-outlet-homepage …].');
  console.log(`No outlet "${given}" in content/outlets/ (by file name, name or alias). Known: ${listOutlets(outlets)}.`);
  const create = (await terminal.question('Create it? [y/N] ')).trim().toLowerCase();
  if (create !== 'y' && create !== 'yes') throw unknown('.');
  // A typed file name ("cbs-news") is not how the outlet styles its name: ask for it.
  const suggested = /^[a-z0-9-]+$/u.test(given) ? '' : given;
  const name = (await terminal.question(`Its name as it styles it${suggested ? ` [${suggested}]` : ''}: `)).trim() || suggested;
  const description = (await terminal.question('One line saying what it is, in our words: ')).trim();
  const homepage = (await terminal.question('Its home page (optional): ')).trim();
  return scaffoldOutlet({ name, description, homepage }, outlets);
}

async function writeSource(
  root: string,
  sourcesDir: string,
  source: ReturnType<typeof scaffoldSource>,
  newOutlet: ScaffoldedOutlet | undefined,
  registry: readonly NamedEntry[],
): Promise<void> {
  const target = join(sourcesDir, `${source.slug}.md`);
  // Never written through a link: content/sources must be a real folder of the project.
  const folderFaults = [...folderProblems(root, 'content/sources'), ...(newOutlet ? folderProblems(root, 'content/outlets') : [])];
  if (folderFaults.length > 0) throw new ContentError(folderFaults);
  // "wx": fail rather than overwrite, even if the file appeared since we looked.
  if (newOutlet) {
    writeFileSync(join(root, dossier.folders.content, COLLECTIONS.outlets.folder, `${newOutlet.id}.md`), newOutlet.text, { flag: 'wx' });
    console.log(`Wrote content/outlets/${newOutlet.id}.md (add the other forms of its name to its aliases).`);
  }
  writeFileSync(target, source.text, { flag: 'wx' });

  const report = readNames([{ slug: source.slug, language: source.language, paragraphs: source.paragraphs }], new NameMatcher(registry));
  console.log(`Wrote content/sources/${source.slug}.md (${source.paragraphs.length} paragraphs).`);
  if (source.headlineLeftOut) console.log('The text’s first paragraph is the headline given as --title: it was left out of the body (the page shows the title).');
  console.log(['', ...formatNameReport(report)].join('\n'));
  console.log(
    [
      '',
      'Next:',
      `  1. Read content/sources/${source.slug}.md against the original; fix anything the copy damaged.`,
      '  2. Add the people and organisations above to content/actors/ (see CONTRIBUTING.md, "Actors").',
      `  3. Add its answers to the key questions: npm run suggest-evidence -- --source ${source.slug} shows where it answers each.`,
      `  4. npm run validate, then npm run dev and open /dossier/sources/${source.slug}/.`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
    console.error(`error: ${error.message.replace(/^EEXIST: file already exists, open '(.*)'$/, '$1 already exists; nothing was overwritten')}`);
    process.exitCode = 1;
    return;
  }
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`error: ${error.message}. Options: --file --title --outlet --published [--url --archive-url --slug --language --notes --new-outlet-name --new-outlet-description --new-outlet-homepage].`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = reportFailure(error, 'nothing was written');
});
