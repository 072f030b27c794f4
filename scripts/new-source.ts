/**
 * `npm run new-source`: adds a news article as a clean Markdown source.
 *
 *   npm run new-source -- --file article.txt --title "…" --outlet bbc-news --published 2025-03-03 [--url …] [--slug …] [--language en] [--notes "…"]
 *
 * On a terminal, any missing fact is asked for. Writes content/sources/<slug>.md (never
 * over an existing file), then says what to check next: names no actor covers yet, and how
 * to preview.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { NameMatcher } from '../src/actors/name-matcher.ts';
import { readRegistry } from '../src/actors/registry-files.ts';
import { formatUnknownNames, proposeUnknownNames } from '../src/actors/unknown-names.ts';
import { scaffoldSource, type NewSourceFacts } from './content/scaffold-source.ts';
import { ContentError } from '../src/files/content-error.ts';
import { folderProblems } from '../src/files/contributed-files.ts';
import { readTextFile } from '../src/files/read-text-file.ts';
import { reportFailure } from './lib/report-failure.ts';

const REQUIRED = ['file', 'title', 'outlet', 'published'] as const;
const WHAT: Record<(typeof REQUIRED)[number], string> = {
  file: 'the article file (.txt or .md)',
  title: 'the headline as published',
  outlet: 'the outlet id (a file in content/outlets/)',
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
      slug: { type: 'string' },
      language: { type: 'string' },
      notes: { type: 'string' },
    },
    strict: true,
  });
  const answers: Partial<Record<(typeof REQUIRED)[number], string>> = { ...values };
  const missing = REQUIRED.filter((name) => !answers[name]?.trim());
  if (missing.length > 0) {
    if (!process.stdin.isTTY) {
      throw new ContentError(
        missing.map((name) => ({ file: 'npm run new-source', field: `--${name}`, message: `is required: ${WHAT[name]}.` })),
      );
    }
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    try {
      for (const name of missing) answers[name] = (await terminal.question(`${WHAT[name].replace(/^the /, '').replace(/^./, (first) => first.toUpperCase())}: `)).trim();
    } finally {
      terminal.close();
    }
  }

  const root = process.cwd();
  const sourcesDir = join(root, 'content', 'sources');
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)) : []);
  const file = answers.file ?? '';
  const facts: NewSourceFacts = {
    title: answers.title ?? '',
    outlet: answers.outlet ?? '',
    published: answers.published ?? '',
    url: values.url,
    language: values.language,
    notes: values.notes,
    slug: values.slug,
  };
  const source = scaffoldSource(
    facts,
    { text: readTextFile(file), file, isMarkdown: ['.md', '.markdown'].includes(extname(file).toLowerCase()) },
    { outlets: list(join(root, 'content', 'outlets')), slugs: list(sourcesDir), today: new Date().toISOString().slice(0, 10) },
  );
  const target = join(sourcesDir, `${source.slug}.md`);
  // Never written through a link: content/sources must be a real folder of the project.
  const folderFaults = folderProblems(root, 'content/sources');
  if (folderFaults.length > 0) throw new ContentError(folderFaults);
  // "wx": fail rather than overwrite, even if the file appeared since we looked.
  writeFileSync(target, source.text, { flag: 'wx' });

  const unknown = proposeUnknownNames([{ slug: source.slug, paragraphs: source.paragraphs }], new NameMatcher(readRegistry(join(root, 'content'))));
  console.log(`Wrote content/sources/${source.slug}.md (${source.paragraphs.length} paragraphs).`);
  console.log(['', ...formatUnknownNames(unknown)].join('\n'));
  console.log(
    [
      '',
      'Next:',
      `  1. Read content/sources/${source.slug}.md against the original; fix anything the copy damaged.`,
      '  2. Add the people and organisations above to content/actors/ (see CONTRIBUTING.md, "Actors").',
      '  3. Add this source\'s answers to the key questions in content/questions/, with evidence copied from it.',
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
    console.error(`error: ${error.message}. Options: --file --title --outlet --published [--url --slug --language --notes].`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = reportFailure(error, 'nothing was written');
});
