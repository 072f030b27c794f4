/**
 * Writes an accepted piece of suggested evidence into a key question's file, as a new
 * answer: the maintainer's own answer sentence, the evidence words, the source. Pure: it
 * takes the file's text and returns the new text, and the command line writes it.
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

  const parts = splitFrontMatter(text);
  if (!parts) throw new ContentError([{ file, line: 1, message: 'must start with front matter between two "---" lines.' }]);
  // The YAML with the line break that ends its last line; the closing line without it.
  const lineBreak = /^\r?\n/.exec(parts.closing)?.[0] ?? '\n';
  const document: Document = parseDocument(parts.yaml + lineBreak);
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
  const updated = `${parts.opening}${document.toString({ lineWidth: 0 })}${parts.closing.slice(lineBreak.length)}${parts.body}`;
  // Read back as the build reads it: what is written is what the build accepts.
  parseMarkdownFile(updated, file, questionSchema);
  return updated;
}
