/**
 * One build at a time (scripts/build/build-lock.ts): a live build's lock stops a second
 * build; a killed build's lock is taken over, and the stage it left running (still writing
 * into staging, in the security test of issue 12) is stopped first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, BuildLockedError, isAlive, lockPath } from '../../../../scripts/build/build-lock.ts';

let root: string;

/** The pid of a process that has ended (so a lock naming it is stale). */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(result.stdout);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-lock-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('acquireBuildLock', () => {
  it('creates .build.lock naming this process, records the running stage, and removes it on release', async () => {
    const { lock, notes } = await acquireBuildLock(root);
    expect(notes).toEqual([]);
    expect(JSON.parse(readFileSync(lockPath(root), 'utf8'))).toEqual({ pid: process.pid });
    lock.recordStage(4242);
    expect(JSON.parse(readFileSync(lockPath(root), 'utf8'))).toEqual({ pid: process.pid, stageGroup: 4242 });
    lock.release();
    expect(existsSync(lockPath(root))).toBe(false);
  });

  it('refuses while another build’s process is alive, naming it', async () => {
    writeFileSync(lockPath(root), JSON.stringify({ pid: process.pid }));
    await expect(acquireBuildLock(root, process.pid + 1_000_000)).rejects.toThrow(BuildLockedError);
    await expect(acquireBuildLock(root, process.pid + 1_000_000)).rejects.toThrow(`another build (process ${process.pid}) is running in this folder`);
  });

  it('takes over the lock of a build that was killed', async () => {
    writeFileSync(lockPath(root), JSON.stringify({ pid: deadPid() }));
    const { lock, notes } = await acquireBuildLock(root);
    expect(notes).toEqual(['removed the lock of an interrupted build']);
    expect(JSON.parse(readFileSync(lockPath(root), 'utf8'))).toEqual({ pid: process.pid });
    lock.release();
  });

  it('takes over an unreadable lock file', async () => {
    writeFileSync(lockPath(root), 'half a rec');
    const { lock } = await acquireBuildLock(root);
    lock.release();
  });

  it('first stops the whole process group of the stage a killed build left running', async () => {
    // A stage as run-step.ts runs it: its own process group, with a child of its own.
    const stage = spawn('sh', ['-c', 'sleep 60 & sleep 60'], { detached: true, stdio: 'ignore' });
    const group = stage.pid as number;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isAlive(-group)).toBe(true);
    writeFileSync(lockPath(root), JSON.stringify({ pid: deadPid(), stageGroup: group }));
    const { lock, notes } = await acquireBuildLock(root);
    expect(notes).toEqual([`stopped the stage of an interrupted build (process group ${group}) that was still running`, 'removed the lock of an interrupted build']);
    expect(isAlive(-group)).toBe(false);
    lock.release();
  });
});
