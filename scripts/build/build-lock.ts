/**
 * One build at a time in a project folder. Two builds at once would write into one staging
 * folder, and a build whose supervisor was killed outright (`kill -9`, an out-of-memory
 * kill) can leave its Astro process running, still writing into staging while the next
 * build clears and fills it. So `npm run build` holds `.build.lock`, a file created
 * exclusively that names the build's process and the process group of the stage it is
 * running. A lock whose process is gone is stale: its stage's whole process group is
 * stopped (it may still be writing), then the lock is taken over. A lock whose process is
 * alive means another build is running, and this one stops at once, saying so.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** What the lock file holds. */
interface LockRecord {
  /** The process of `npm run build` (scripts/build-site.ts). */
  pid: number;
  /** The process group of the stage it runs, once one has started. */
  stageGroup?: number;
}

/** Another build holds the lock. */
export class BuildLockedError extends Error {
  constructor(pid: number) {
    super(`another build (process ${pid}) is running in this folder; wait for it to finish, or stop it, and build again.`);
    this.name = 'BuildLockedError';
  }
}

/** The lock file of the project at `root`. */
export function lockPath(root: string): string {
  return join(root, '.build.lock');
}

/**
 * The state letter and process group of a process, from /proc on Linux (undefined
 * elsewhere, or when it is gone). The command name may hold spaces and parentheses, so
 * the fields are read after its last ")".
 */
function procStat(pid: number): { state: string; group: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', group: Number(fields[2]) };
  } catch {
    return undefined;
  }
}

/** A process that has ended but not yet been reaped by its parent: it runs nothing. */
const ENDED_STATES = new Set(['Z', 'X', 'x']);

/**
 * True while a process (or a process group, given as a negative number) is running. A
 * killed process stays a zombie until its parent reaps it, and signal 0 still reaches it,
 * so on Linux the process table is read to tell the living from the ended.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    if ((error as { code?: unknown }).code !== 'EPERM') return false;
  }
  if (!existsSync('/proc/self/stat')) return true;
  if (pid > 0) {
    const stat = procStat(pid);
    return stat !== undefined && !ENDED_STATES.has(stat.state);
  }
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .some((name) => {
      const stat = procStat(Number(name));
      return stat !== undefined && stat.group === -pid && !ENDED_STATES.has(stat.state);
    });
}

function readRecord(path: string): LockRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockRecord>;
    return typeof record.pid === 'number' ? { pid: record.pid, stageGroup: typeof record.stageGroup === 'number' ? record.stageGroup : undefined } : undefined;
  } catch {
    return undefined;
  }
}

/** How long a stale stage's process group gets to end after SIGKILL (it cannot refuse). */
const GROUP_END_TIMEOUT_MS = 10_000;

/** Stops a stale build's stage, whole process group, and waits until it is gone. */
async function stopStaleStage(group: number): Promise<boolean> {
  if (!isAlive(-group)) return false;
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    return false;
  }
  for (let waited = 0; waited < GROUP_END_TIMEOUT_MS && isAlive(-group); waited += 50) await sleep(50);
  return true;
}

/** The lock, held by this process until released. */
export interface BuildLock {
  /** Records the process group of the stage now running, so a later build can stop it if this one is killed. */
  recordStage(group: number | undefined): void;
  /** Removes the lock file. */
  release(): void;
}

/**
 * Takes the lock of the project at `root`, recovering a stale one. Returns the lock and
 * what recovery did, for the log; throws BuildLockedError when another build is running.
 */
export async function acquireBuildLock(root: string, pid: number = process.pid): Promise<{ lock: BuildLock; notes: string[] }> {
  const path = lockPath(root);
  const notes: string[] = [];
  const write = (record: LockRecord, flag: 'wx' | 'w') => {
    if (flag === 'wx') {
      writeFileSync(path, `${JSON.stringify(record)}\n`, { flag });
      return;
    }
    // Replaced by a rename, so a reader never sees half a record.
    const temporary = `${path}.tmp-${pid}`;
    writeFileSync(temporary, `${JSON.stringify(record)}\n`);
    renameSync(temporary, path);
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      write({ pid }, 'wx');
      return {
        notes,
        lock: {
          recordStage: (group) => write(group === undefined ? { pid } : { pid, stageGroup: group }, 'w'),
          release: () => rmSync(path, { force: true }),
        },
      };
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
    const held = readRecord(path);
    if (held && held.pid !== pid && isAlive(held.pid)) throw new BuildLockedError(held.pid);
    if (held?.stageGroup !== undefined && (await stopStaleStage(held.stageGroup))) {
      notes.push(`stopped the stage of an interrupted build (process group ${held.stageGroup}) that was still running`);
    }
    rmSync(path, { force: true });
    notes.push('removed the lock of an interrupted build');
  }
  throw new Error(`could not take ${path}: another build keeps creating it.`);
}
