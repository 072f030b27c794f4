/**
 * The GitHub workflows hold the least privilege each job needs (issue 12, CI): the token
 * reads by default, only a job that runs no project code may write, checkout keeps no
 * credentials for the build to find, and every action is pinned by commit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = join(process.cwd(), '.github', 'workflows');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflows = readdirSync(DIR)
  .filter((name) => name.endsWith('.yml'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8'), workflow: parse(readFileSync(join(DIR, name), 'utf8')) as Workflow }));

describe.each(workflows)('.github/workflows/$name', ({ text, workflow }) => {
  it('gives the token read access only, by default', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('grants write permissions only to jobs that run no project code (no run: step, no checkout)', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
      const runsCode = job.steps.some((step) => step.run !== undefined || step.uses?.startsWith('actions/checkout@'));
      if (writes.length > 0) expect({ job: name, runsCode }).toEqual({ job: name, runsCode: false });
    }
  });

  it('checks out without keeping the token in .git/config', () => {
    const checkouts = Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.uses?.startsWith('actions/checkout@')));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  });

  it('pins every action to a full commit, with its tag in a comment', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) {
      expect(action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(text).toMatch(new RegExp(`${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} # v\\d+(\\.\\d+){0,2}\\b`));
    }
  });
});
