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

/** The review and upkeep workflows of issue 17, as configured: what they run, and with what they may write. */
describe('reviewing and upkeep', () => {
  const byName = new Map(workflows.map((entry) => [entry.name, entry.workflow as Workflow & { on: Record<string, unknown> }]));

  it('a pull request writes its summary to the job summary and uploads the built site to preview', () => {
    const steps = byName.get('pull-request.yml')?.jobs['build-and-test']?.steps ?? [];
    expect(steps.some((step) => step.run?.includes('pr-summary -- --base HEAD^1') && step.run.includes('>> "$GITHUB_STEP_SUMMARY"'))).toBe(true);
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'dossier-site', path: 'dist' });
  });

  it('the link check runs on a schedule, not on pushes, and only its report job (no project code) may write issues', () => {
    const workflow = byName.get('link-check.yml');
    expect(Object.keys(workflow?.on ?? {}).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow?.jobs.check?.permissions).toEqual({ contents: 'read' });
    expect(workflow?.jobs.check?.steps.some((step) => step.run?.includes('npm run check-links'))).toBe(true);
    expect(workflow?.jobs.report?.permissions).toEqual({ issues: 'write' });
  });
});
