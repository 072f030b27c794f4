/**
 * Runs a command as its own process under GNU time (`/usr/bin/time -f '%e %M %U %S'`: wall
 * seconds, peak resident memory, user and system CPU seconds), handing each line it prints to the caller, and stops it (its
 * whole process group, which it leads) when it runs past a time limit: a benchmark of inputs
 * that took minutes before a fix must not take hours to measure that.
 */
import { spawn } from 'node:child_process';

export interface TimedProcess {
  /** Wall-clock seconds, as GNU time measured them; the limit when stopped. */
  seconds: number;
  /** User and system CPU seconds: what the work cost when other work on the machine slowed the clock. */
  cpuSeconds: number | undefined;
  /** Peak resident set size, KiB; undefined when stopped (GNU time was stopped too). */
  peakKiB: number | undefined;
  /** Exit code; undefined when stopped. */
  code: number | undefined;
  /** True when the process ran past the limit and was stopped. */
  stopped: boolean;
  /** The last few thousand characters it wrote to standard error (GNU time's line removed). */
  errorTail: string;
}

const MARKER = '@@timed-process@@';

export function runTimed(
  command: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; limitSeconds: number; onLine?: (line: string) => void },
): Promise<TimedProcess> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    // Detached: the command leads a process group of its own, so stopping it stops its children too.
    const child = spawn('/usr/bin/time', ['-f', `${MARKER} %e %M %U %S`, ...command], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stopped = false;
    const timer = setTimeout(() => {
      stopped = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.limitSeconds * 1000);
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) options.onLine?.(line);
    });
    let errorTail = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errorTail = (errorTail + chunk.toString()).slice(-4000);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (pending !== '') options.onLine?.(pending);
      const timing = new RegExp(`${MARKER} ([\\d.]+) (\\d+) ([\\d.]+) ([\\d.]+)`).exec(errorTail);
      // GNU time's own lines ("Command exited with non-zero status 1") are not the command's.
      const tail = errorTail
        .replace(new RegExp(`${MARKER}.*`, 's'), '')
        .replace(/^Command (?:exited with non-zero status|terminated by signal) .*$/gm, '')
        .trim();
      if (stopped || !timing) {
        const seconds = stopped ? options.limitSeconds : (performance.now() - started) / 1000;
        resolvePromise({ seconds, cpuSeconds: undefined, peakKiB: undefined, code: stopped ? undefined : (code ?? undefined), stopped, errorTail: tail });
        return;
      }
      const cpuSeconds = Number(timing[3]) + Number(timing[4]);
      resolvePromise({ seconds: Number(timing[1]), cpuSeconds, peakKiB: Number(timing[2]), code: code ?? undefined, stopped, errorTail: tail });
    });
  });
}
