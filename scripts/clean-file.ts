/**
 * `npm run clean -- <file> [--json]`: cleans any text file with the general rules only (no
 * seed's own corrections) and prints the result: `# headline`, then the paragraphs, separated
 * by blank lines; with --json, the cleaned article and its record of changes instead.
 *
 * Exit codes: 0 cleaned (an empty file prints nothing), 1 the file cannot be read as text,
 * 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { cleanArticle, type CleanedArticle } from './clean/pipeline.ts';
import { readTextFile, TextFileError } from '../src/files/read-text-file.ts';
import { reportFailure } from './lib/report-failure.ts';

const USAGE = `usage: npm run clean -- <file> [--json]

Cleans one text file with the general cleaning rules and prints the result.

  <file>      UTF-8 text file to clean
  --json      print the cleaned article and its changes as JSON
  -h, --help  show this message`;

interface Invocation {
  file: string;
  json: boolean;
}

/** What the command line asks for, or what is wrong with it. */
type Request = Invocation | { help: true } | { problem: string };

function parseCommandLine(args: string[]): Request {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) return { help: true };
    const [file, ...extra] = positionals;
    if (file === undefined || file === '') return { problem: 'no file given' };
    if (extra.length > 0) return { problem: `one file at a time (got ${positionals.length})` };
    return { file, json: values.json === true };
  } catch (error) {
    // An unknown flag: parseArgs names it and says how to pass a file whose name starts with "-".
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/** The fixtures' `expected.md` form; nothing at all for an article with no text. */
function asText(article: CleanedArticle): string {
  const blocks = article.headline === undefined ? article.paragraphs : [`# ${article.headline}`, ...article.paragraphs];
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** Fixed keys in a fixed order; `headline` is null rather than absent when there is none. */
function asJson(file: string, article: CleanedArticle): string {
  const { headline, paragraphs, changes, damage, score } = article;
  return `${JSON.stringify({ file, headline: headline ?? null, paragraphs, changes, damage, score }, null, 2)}\n`;
}

function main(args: string[]): number {
  const request = parseCommandLine(args);
  if ('help' in request) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('problem' in request) {
    console.error(`error: ${request.problem}\n\n${USAGE}`);
    return 2;
  }
  const { file, json } = request;
  try {
    const text = readTextFile(file);
    // No options: the general rules only, never a seed's corrections or declared damage.
    const article = cleanArticle(text, file);
    process.stdout.write(json ? asJson(file, article) : asText(article));
    return 0;
  } catch (error) {
    if (error instanceof TextFileError) {
      if (process.env.DEBUG) console.error(error);
      else console.error(error.message);
      return 1;
    }
    return reportFailure(error, 'nothing was cleaned');
  }
}

// A reader that stops early (`| head`) closes the pipe; that is not a failure to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = main(process.argv.slice(2));
