/**
 * The content build with the dossier: a clean source (hand-written, or a seed that arrived
 * undamaged) corroborates or restores a damaged copy's quotations, on the record and in
 * content/; a damaged copy no source vouches for keeps its wording, unverified. Corrections
 * claim certainty only with evidence the build checks. Invented names throughout.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planContent, type ContentPlan } from '../../../../scripts/content/plan-content.ts';
import { ContentError, type ContentProblem } from '../../../../src/files/content-error.ts';
import type { CleaningRecord } from '../../../../src/schemas/cleaning-record.ts';
import { createTempProject, type TempProject } from '../../support/temp-project.ts';

/** A copy run through a spinner: two telling fingerprints, and a minister's words swapped. */
const SPUN_SEED = [
  'Minister quits over port deal',
  '',
  'Minister Alma Brook resigned on Tuesday, officers say, after a row on the White Home lawn.',
  '',
  'Opposition leader Teo Vance said the deal was “a vital strategic mistake that the country will pay for”.',
  '',
  'Brook told reporters: “We are not going to deliver them to the desk if we keep insulting them.”',
  '',
  'The ministry said it “has nothing to add at this stage”.',
  '',
  'The row came to a head in the Oval Workplace on Friday.',
  '',
].join('\n');

/** A clean report of the same events, written by hand. */
const CLEAN_SOURCE = `---
title: Minister resigns after port deal row
outlet: daily-ledger
published: 2025-03-04
---

Minister Alma Brook resigned on Tuesday after a row over the port deal.

Opposition leader Teo Vance called the deal “a critical strategic mistake that the country will pay for”.

“We are not going to bring them to the table if we keep insulting them,” Brook told reporters.
`;

const OUTLET = (name: string) => `---\nname: ${name}\ndescription: An outlet for tests.\n---\n`;
const SIDECAR = (extra = '') =>
  `slug: north-wire-minister-quits\noutlet: bbc-news\npublished: 2025-03-04\nlanguage: en\ndamage: [spun]\nheadline: Minister quits over port deal\n${extra}`;

let project: TempProject;

function problemsOf(run: () => unknown): ContentProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}

const recordOf = (plan: ContentPlan, slug = 'north-wire-minister-quits'): CleaningRecord => {
  const file = plan.files.find((candidate) => candidate.path.endsWith(`cleaning/${slug}.json`));
  if (!file) throw new Error(`no record for ${slug}`);
  return JSON.parse(file.contents) as CleaningRecord;
};
const sourceOf = (plan: ContentPlan, slug = 'north-wire-minister-quits') =>
  plan.files.find((candidate) => candidate.path.endsWith(`sources/${slug}.md`))?.contents ?? '';

beforeEach(() => {
  project = createTempProject();
  project.write('content/outlets/daily-ledger.md', OUTLET('The Daily Ledger'));
  project.write('seeds/010_spun.txt', SPUN_SEED);
  project.write('seeds/010_spun.yaml', SIDECAR());
});
afterEach(() => project.dispose());

describe('a damaged copy with no clean source', () => {
  it('keeps its quotations’ wording, each unverified', () => {
    const record = recordOf(planContent(project.paths));
    expect(record.quotations.map((quotation) => quotation.status)).toEqual(['unverified', 'unverified', 'unverified']);
    expect(record.changes.some((change) => change.ruleId.startsWith('corroboration/'))).toBe(false);
  });
});

describe('a damaged copy beside a clean source', () => {
  beforeEach(() => project.write('content/sources/daily-ledger-minister-resigns.md', CLEAN_SOURCE));

  it('restores a quotation to the clean source’s words, certain, with that paragraph as evidence; corroborates one the rules already restored', () => {
    const plan = planContent(project.paths);
    const record = recordOf(plan);
    expect(record.quotations.map((quotation) => [quotation.status, quotation.text])).toEqual([
      // The spinner lexicon restored "vital" to "critical" (probable); the clean source carries the result word for word.
      ['corroborated', 'a critical strategic mistake that the country will pay for'],
      ['restored', 'We are not going to bring them to the table if we keep insulting them.'],
      ['unverified', 'has nothing to add at this stage'],
    ]);
    expect(record.quotations[0]?.evidence).toEqual([
      { source: 'daily-ledger-minister-resigns', paragraph: 2, text: 'a critical strategic mistake that the country will pay for' },
    ]);
    expect(record.changes.filter((change) => change.ruleId === 'corroboration/quotation')).toEqual([
      expect.objectContaining({
        after: 'We are not going to bring them to the table if we keep insulting them',
        confidence: 'certain',
        evidence: { source: 'daily-ledger-minister-resigns', paragraph: 3, text: 'We are not going to bring them to the table if we keep insulting them' },
        reason: expect.stringContaining('The Daily Ledger (¶3)'),
      }),
    ]);
    expect(sourceOf(plan)).toContain('“We are not going to bring them to the table if we keep insulting them.”');
  });

  it('is the same on a second build (idempotent), whatever order the files are read in', () => {
    const first = planContent(project.paths);
    const second = planContent(project.paths);
    expect(second.files).toEqual(first.files);
  });

  it('corroborates a quotation the clean source carries word for word, without changing it', () => {
    project.write('content/sources/daily-ledger-minister-resigns.md', `${CLEAN_SOURCE}\nThe ministry said it “has nothing to add at this stage”, and no more.\n`);
    const record = recordOf(planContent(project.paths));
    expect(record.quotations[2]).toMatchObject({
      status: 'corroborated',
      text: 'has nothing to add at this stage',
      evidence: [{ source: 'daily-ledger-minister-resigns', paragraph: 4, text: 'has nothing to add at this stage' }],
    });
  });

  it('never lets a clean seed be changed by another source', () => {
    project.write('seeds/011_clean.txt', 'Port deal signed\n\nThe port deal was signed, the ministry said, calling it “a good day for the harbour”.\n');
    project.write('seeds/011_clean.yaml', 'slug: daily-ledger-port-deal\noutlet: daily-ledger\npublished: 2025-03-01\nlanguage: en\n');
    const record = recordOf(planContent(project.paths), 'daily-ledger-port-deal');
    expect(record.quotations).toEqual([expect.objectContaining({ status: 'verbatim', text: 'a good day for the harbour' })]);
  });
});

describe('certainty needs evidence the build can check', () => {
  const correction = (fields: string) => SIDECAR(`corrections:\n  - find: The row came to a head\n    replace: The quarrel came to a head\n    reason: The spinner swaps words.\n${fields}`);

  it('refuses a certain correction with no evidence, naming the sidecar, line and field', () => {
    project.write('seeds/010_spun.yaml', correction('    certainty: certain\n'));
    expect(problemsOf(() => planContent(project.paths))).toEqual([
      { file: 'seeds/010_spun.yaml', line: 11, field: 'corrections.0.certainty', message: expect.stringMatching(/certain only with evidence/) },
    ]);
  });

  it('refuses evidence that does not hold the words the correction adds', () => {
    project.write('seeds/010_spun.yaml', correction('    certainty: certain\n    evidence:\n      paragraph: 1\n      text: Minister Alma Brook resigned\n'));
    expect(problemsOf(() => planContent(project.paths))).toEqual([
      expect.objectContaining({ file: 'seeds/010_spun.yaml', field: 'corrections.0.evidence.text', message: expect.stringContaining('"quarrel"') }),
    ]);
  });

  it('refuses evidence that is not in the paragraph it cites', () => {
    project.write('seeds/010_spun.yaml', correction('    certainty: certain\n    evidence:\n      paragraph: 1\n      text: a quarrel broke out\n'));
    expect(problemsOf(() => planContent(project.paths))).toEqual([expect.objectContaining({ field: 'corrections.0.evidence.text', message: expect.stringContaining('is not in ¶1 of this copy') })]);
  });

  it('refuses evidence whose words are themselves a probable restoration', () => {
    // "officials" in ¶1 is the spinner lexicon's restoration of "officers": probable, no evidence.
    project.write(
      'seeds/010_spun.yaml',
      SIDECAR('corrections:\n  - find: resigned on Tuesday\n    replace: resigned, officials, on Tuesday\n    reason: Test.\n    certainty: certain\n    evidence:\n      paragraph: 1\n      text: officials say\n'),
    );
    expect(problemsOf(() => planContent(project.paths))).toEqual([expect.objectContaining({ field: 'corrections.0.evidence.text', message: expect.stringContaining('themselves a restoration short of certain') })]);
  });

  it('accepts a certain correction whose evidence, in another source, holds its words', () => {
    project.write('content/sources/daily-ledger-minister-resigns.md', CLEAN_SOURCE);
    project.write(
      'seeds/010_spun.yaml',
      SIDECAR('corrections:\n  - find: The row came to a head\n    replace: The row over the port deal came to a head\n    reason: The clean report says what the row was about.\n    certainty: certain\n    evidence:\n      source: daily-ledger-minister-resigns\n      paragraph: 1\n      text: after a row over the port deal\n'),
    );
    const record = recordOf(planContent(project.paths));
    expect(record.changes.find((change) => change.ruleId === 'editorial/correction')).toMatchObject({
      confidence: 'certain',
      evidence: { source: 'daily-ledger-minister-resigns', paragraph: 1, text: 'after a row over the port deal' },
    });
  });
});

describe('properties', () => {
  it('adding a clean corroborating source never removes a recorded change’s reason, and never changes a clean source', () => {
    const words = fc.constantFrom('harbour', 'deal', 'minister', 'strategic', 'mistake', 'country', 'talks', 'port', 'week');
    const quotation = fc.array(words, { minLength: 4, maxLength: 9 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(quotation, quotation, (damaged, clean) => {
        project.remove('seeds/010_spun.txt');
        project.write('seeds/010_spun.txt', `${SPUN_SEED}\nA spokesman said: “${damaged}.”\n`);
        project.write('seeds/011_clean.txt', `Port talks\n\nThe talks went on, the minister said, calling them “${clean}”.\n`);
        project.write('seeds/011_clean.yaml', 'slug: daily-ledger-port-talks\noutlet: daily-ledger\npublished: 2025-03-01\nlanguage: en\n');
        const alone = (() => {
          project.remove('seeds/011_clean.txt');
          project.remove('seeds/011_clean.yaml');
          return planContent(project.paths);
        })();
        project.write('seeds/011_clean.txt', `Port talks\n\nThe talks went on, the minister said, calling them “${clean}”.\n`);
        project.write('seeds/011_clean.yaml', 'slug: daily-ledger-port-talks\noutlet: daily-ledger\npublished: 2025-03-01\nlanguage: en\n');
        const withClean = planContent(project.paths);
        const reasons = (plan: ContentPlan) => recordOf(plan).changes.map((change) => `${change.ruleId}|${change.before}|${change.reason}`);
        const before = reasons(alone);
        const after = reasons(withClean);
        // Every change recorded without the clean source is still recorded, with its reason.
        expect(after.filter((reason) => !reason.startsWith('corroboration/'))).toEqual(before);
        // The clean source is the same whatever else the dossier holds.
        const cleanAlone = planContent(project.paths);
        expect(sourceOf(withClean, 'daily-ledger-port-talks')).toBe(sourceOf(cleanAlone, 'daily-ledger-port-talks'));
        expect(recordOf(withClean, 'daily-ledger-port-talks').quotations.every((entry) => entry.status === 'verbatim')).toBe(true);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});

describe('names a damaged copy mangled', () => {
  it('are restored from the registry where a clean passage on the same ground writes them', () => {
    project.write('content/actors/port-authority.md', '---\nname: Harbour Port Authority\nkind: agency\nrole: The port operator\n---\nThe port operator.\n');
    project.write('content/sources/daily-ledger-minister-resigns.md', `${CLEAN_SOURCE}\nThe Harbour Port Authority said the deal would stand, and Minister Alma Brook said the port deal was signed.\n`);
    project.remove('seeds/010_spun.txt');
    project.write('seeds/010_spun.txt', `${SPUN_SEED}\nThe Harbour Port Company said the deal would stand, and Minister Alma Brook said the port deal was signed.\n`);
    const record = recordOf(planContent(project.paths));
    expect(record.changes.filter((change) => change.ruleId === 'corroboration/registry-name')).toEqual([
      expect.objectContaining({
        before: 'Harbour Port Company',
        after: 'Harbour Port Authority',
        confidence: 'certain',
        evidence: { source: 'daily-ledger-minister-resigns', paragraph: 4, text: 'Harbour Port Authority' },
      }),
    ]);
  });

  it('are left alone where no clean passage covers the same ground', () => {
    project.write('content/actors/port-authority.md', '---\nname: Harbour Port Authority\nkind: agency\nrole: The port operator\n---\nThe port operator.\n');
    project.write('content/sources/daily-ledger-minister-resigns.md', `${CLEAN_SOURCE}\nThe Harbour Port Authority opened a new terminal for cruise ships in the spring.\n`);
    project.remove('seeds/010_spun.txt');
    project.write('seeds/010_spun.txt', `${SPUN_SEED}\nThe Harbour Port Company said the budget for schools would rise next year.\n`);
    const record = recordOf(planContent(project.paths));
    expect(record.changes.filter((change) => change.ruleId === 'corroboration/registry-name')).toEqual([]);
  });
});
