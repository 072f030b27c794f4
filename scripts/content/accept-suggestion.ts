/**
 * Writes an accepted piece of suggested evidence into a key question's file, as a new
 * answer: the maintainer's own answer sentence, the evidence words, the source (`addAnswer`);
 * or records that a maintainer read a source for the question and found no answer in it
 * (`addNoAnswer`, the question's `noAnswerIn`). Pure: each takes the file's text and returns
 * the new text, and the command line writes it.
 *
 * The file is first read as the build reads it (the one YAML reader, the question schema),
 * then edited as a YAML document, so its comments, quoting and order stay as they were and
 * the diff is the new answer alone. The result is read again the same way, and the evidence
 * is located in the source's paragraphs, as `npm run validate` checks it: nothing is written
 * that the build would refuse.
 */
import { isSeq, parseDocument, Scalar, type Document } from 'yaml';
import { ContentError, type ContentProblem } from '../../src/files/content-error.ts';
import { parseMarkdownFile, splitFrontMatter } from '../../src/files/front-matter.ts';
import { locateEvidence } from '../../src/questions/locate-evidence.ts';
import { questionRelations, questionSchema } from '../../src/schemas/question.ts';

/** The answer to add. */
export interface AcceptedAnswer {
  /** Slug of the answering source. */
  source: string;
  /** The maintainer's answer, one sentence in our words. */
  answer: string;
  /** Words copied exactly from the source. */
  evidence: readonly string[];
  /** A new relation, needed when a single-source question gets its second answer. */
  relation?: (typeof questionRelations)[number] | undefined;
}

/** The question file's text with the answer added; throws a ContentError naming each problem. */
export function addAnswer(text: string, file: string, accepted: AcceptedAnswer, sourceParagraphs: readonly string[]): string {
  const current = parseMarkdownFile(text, file, questionSchema).data;
  const problems: ContentProblem[] = [];
  const option = (name: string) => ({ file: 'npm run suggest-evidence', field: `--${name}` });
  if (current.answers.some((answer) => answer.source === accepted.source)) {
    problems.push({ file, field: 'answers', message: `${accepted.source} already answers this question; edit its answer in the file instead.` });
  }
  if (accepted.answer.trim() === '') problems.push({ ...option('answer'), message: 'is required: the answer in one sentence of our own words.' });
  accepted.evidence.forEach((evidence) => {
    const found = locateEvidence(sourceParagraphs, evidence);
    if (!found.found) problems.push({ ...option('evidence'), message: `"${evidence}" is not in content/sources/${accepted.source}.md: ${found.hint}` });
  });
  const relation = accepted.relation ?? current.relation;
  if (relation === 'single-source') {
    problems.push({
      ...option('relation'),
      message: `the question is "single-source" and would have two answers: say how they relate with --relation (${questionRelations.filter((value) => value !== 'single-source').join(', ')}), then check its relationNote.`,
    });
  }
  if (problems.length > 0) throw new ContentError(problems);

  return editFrontMatter(text, file, (document) => {
    const answers = document.get('answers', true);
    if (!isSeq(answers)) throw new ContentError([{ file, field: 'answers', message: 'must be a list.' }]);
    const quoted = (value: string) => {
      const scalar = new Scalar(value);
      scalar.type = Scalar.QUOTE_DOUBLE;
      return scalar;
    };
    answers.add(
      document.createNode({
        source: accepted.source,
        answer: quoted(accepted.answer.trim()),
        evidence: accepted.evidence.map(quoted),
      }),
    );
    if (accepted.relation && accepted.relation !== current.relation) document.set('relation', accepted.relation);
    // A source an editor had found silent answers after all: it leaves that list.
    if (current.noAnswerIn.includes(accepted.source)) removeFromNoAnswerIn(document, accepted.source);
  });
}

/**
 * The file with its front matter edited as a YAML document (comments, quoting and order kept),
 * then read back as the build reads it: what is written is what the build accepts.
 */
function editFrontMatter(text: string, file: string, edit: (document: Document) => void): string {
  const parts = splitFrontMatter(text);
  if (!parts) throw new ContentError([{ file, line: 1, message: 'must start with front matter between two "---" lines.' }]);
  // The YAML with the line break that ends its last line; the closing line without it.
  const lineBreak = /^\r?\n/.exec(parts.closing)?.[0] ?? '\n';
  const document: Document = parseDocument(parts.yaml + lineBreak);
  edit(document);
  const updated = `${parts.opening}${document.toString({ lineWidth: 0 })}${parts.closing.slice(lineBreak.length)}${parts.body}`;
  parseMarkdownFile(updated, file, questionSchema);
  return updated;
}

/** Takes `source` out of the document's `noAnswerIn`, and the key out when nothing is left in it. */
function removeFromNoAnswerIn(document: Document, source: string): void {
  const list = document.get('noAnswerIn', true);
  if (!isSeq(list)) return;
  list.items = list.items.filter((item) => !(item instanceof Scalar && item.value === source));
  if (list.items.length === 0) document.delete('noAnswerIn');
}

/**
 * The question file's text with `source` added to `noAnswerIn`: a maintainer has read it for
 * the question and found no answer, so the site says "not reported" rather than "not yet read".
 * Throws a ContentError when the source answers the question or is already listed.
 */
export function addNoAnswer(text: string, file: string, source: string): string {
  const current = parseMarkdownFile(text, file, questionSchema).data;
  if (current.answers.some((answer) => answer.source === source)) {
    throw new ContentError([{ file, field: 'answers', message: `${source} answers this question; take its answer out of the file first if it does not.` }]);
  }
  if (current.noAnswerIn.includes(source)) throw new ContentError([{ file, field: 'noAnswerIn', message: `${source} is already listed as read with no answer.` }]);
  return editFrontMatter(text, file, (document) => {
    const list = document.get('noAnswerIn', true);
    if (isSeq(list)) list.add(source);
    else document.set('noAnswerIn', document.createNode([source]));
  });
}
