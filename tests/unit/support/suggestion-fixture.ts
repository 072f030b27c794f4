/**
 * Reads a fixture of tests/unit/fixtures/suggest-evidence/ and measures the suggester on
 * it: for every new report and every key question it answers, whether a paragraph holding
 * the answer is the first suggestion, and whether it is among the first three.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { actorReader } from '../../../src/compare/align-passages.ts';
import { NameMatcher, type NamedEntry } from '../../../src/actors/name-matcher.ts';
import { suggestEvidence, type SuggestedEvidence, type SuggestionQuestion, type SuggestionSource } from '../../../src/questions/evidence-suggestions.ts';

interface Fixture {
  registry: { actors: { id: string; name: string; aliases: string[] }[]; outlets: { id: string; name: string; aliases: string[] }[] };
  questions: SuggestionQuestion[];
  sources: (SuggestionSource & { outlet: string })[];
  /** New report → question → paragraphs holding the answer. */
  expected: Record<string, Record<string, number[]>>;
}

export interface Measurement {
  /** (report, question) pairs that have an answer. */
  answerable: number;
  top1: number;
  top3: number;
  /** (report, question) pairs with no answer that still got a suggestion. */
  unanswerable: number;
  suggestedAnyway: number;
  misses: string[];
  suggestions: SuggestedEvidence[];
}

export function readSuggestionFixture(path: string): Fixture {
  return parse(readFileSync(path, 'utf8')) as Fixture;
}

export function measureSuggestions(fixture: Fixture): Measurement {
  const registry: NamedEntry[] = [
    ...fixture.registry.actors.map((actor): NamedEntry => ({ type: 'actor', id: actor.id, kind: 'person', name: actor.name, aliases: actor.aliases })),
    ...fixture.registry.outlets.map((outlet): NamedEntry => ({ type: 'outlet', id: outlet.id, kind: 'outlet', name: outlet.name, aliases: outlet.aliases })),
  ];
  const suggestions = suggestEvidence(fixture.sources, fixture.questions, { actorsOf: actorReader(new NameMatcher(registry)) });
  const result: Measurement = { answerable: 0, top1: 0, top3: 0, unanswerable: 0, suggestedAnyway: 0, misses: [], suggestions };
  for (const [source, answers] of Object.entries(fixture.expected)) {
    for (const question of fixture.questions) {
      const ranked = suggestions.filter((entry) => entry.source === source && entry.question === question.id).map((entry) => entry.paragraph);
      const right = answers[question.id];
      if (!right) {
        result.unanswerable += 1;
        if (ranked.length > 0) result.suggestedAnyway += 1;
        continue;
      }
      result.answerable += 1;
      if (right.includes(ranked[0] ?? -1)) result.top1 += 1;
      if (ranked.slice(0, 3).some((paragraph) => right.includes(paragraph))) result.top3 += 1;
      else result.misses.push(`${source} ${question.id}: expected ¶${right.join('/')}, got ${ranked.map((p) => `¶${p}`).join(', ') || 'nothing'}`);
    }
  }
  return result;
}
