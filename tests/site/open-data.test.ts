/**
 * The open data as published: data/dossier.json validates against data/dossier.schema.json
 * with a standard JSON Schema validator, and it agrees with content/ and with the pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import { actors, sources } from '../support/site-content.ts';

const dir = join(inject('siteDir'), 'data');
const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

interface PublishedData {
  schemaVersion: number;
  sources: { slug: string; paragraphs: number; page: string; wordingInDoubt: { paragraph: number; evidence: string[]; reason: string }[] }[];
  actors: { id: string; page: string }[];
  quotations: { source: string; paragraph: number; text: string; speaker: string | null }[];
  questions: { id: string; answers: { source: string; evidence: { paragraph: number; text: string }[] }[] }[];
  timeline: { date: string; citations: { source: string; paragraph: number }[] }[];
}

describe('data/dossier.json', () => {
  const data = read('dossier.json') as PublishedData;

  it('validates against the published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(read('dossier.schema.json') as object);
    const valid = validate(data);
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects data the schema does not describe (the validator is really checking)', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(read('dossier.schema.json') as object);
    expect(validate({ ...data, schemaVersion: 99 })).toBe(false);
    expect(validate({ ...data, sources: [{ slug: 'Not A Slug' }] })).toBe(false);
    expect(validate({ ...data, unexpected: true })).toBe(false);
  });

  it('lists every source and actor in content/, with their page addresses under the base path', () => {
    expect(data.sources.map((source) => source.slug).sort()).toEqual(sources().map((source) => source.slug).sort());
    expect(data.actors.map((actor) => actor.id).sort()).toEqual(actors().map((actor) => actor.id).sort());
    for (const source of data.sources) expect(new URL(source.page).pathname).toBe(`${inject('siteBase')}sources/${source.slug}/`);
    for (const source of data.sources) {
      expect(source.paragraphs).toBe(sources().find((candidate) => candidate.slug === source.slug)?.paragraphCount);
    }
  });

  it('lists the paragraphs whose wording is in doubt as the cleaning records (and the source pages) have them', () => {
    for (const source of sources()) {
      const published = data.sources.find((candidate) => candidate.slug === source.slug);
      expect(published?.wordingInDoubt, source.slug).toEqual(source.unrestored.map(({ paragraph, evidence, reason }) => ({ paragraph, evidence, reason })));
    }
    // Guards the comparison: the seeds have paragraphs in doubt, so the list is not trivially empty.
    expect(data.sources.flatMap((source) => source.wordingInDoubt).length).toBeGreaterThan(0);
  });

  it('points every quotation, evidence and citation at a paragraph that exists', () => {
    const counts = new Map(data.sources.map((source) => [source.slug, source.paragraphs]));
    const links = [
      ...data.quotations,
      ...data.questions.flatMap((question) => question.answers.flatMap((answer) => answer.evidence.map((evidence) => ({ source: answer.source, paragraph: evidence.paragraph })))),
      ...data.timeline.flatMap((event) => event.citations),
      ...data.sources.flatMap((source) => source.wordingInDoubt.map(({ paragraph }) => ({ source: source.slug, paragraph }))),
    ];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(counts.has(link.source), link.source).toBe(true);
      expect(link.paragraph).toBeLessThanOrEqual(counts.get(link.source) ?? 0);
    }
  });

  it('has the timeline in date order and every question answered with evidence', () => {
    const dates = data.timeline.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
    for (const question of data.questions) {
      expect(question.answers.length, question.id).toBeGreaterThan(0);
      for (const answer of question.answers) expect(answer.evidence.length, question.id).toBeGreaterThan(0);
    }
  });
});
