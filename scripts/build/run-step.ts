/**
 * Runs one step of the build as a child process: its standard output goes straight to the
 * terminal (colours and progress as if run by hand); its standard error goes through line
 * by line without stack-trace frames (a user needs the message and the file, not Node's
 * internals; DEBUG=1 keeps them). Resolves with how the child ended; never rejects for a
 * non-zero exit, so the caller decides what a failure means.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface StepCommand {
  /** Program and arguments. */
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface StepResult {
  /** Exit code, or undefined when a signal ended the child. */
  code: number | undefined;
  signal: NodeJS.Signals | undefined;
}

/** A line of a stack trace (`    at fn (file:1:2)`) or the header some tools print above one. */
export function isStackTraceLine(line: string): boolean {
  return /^\s+at\s+\S/.test(line) || /^\s*Stack trace:\s*$/.test(line);
}

/** Starts the step; `started` receives the child so a signal handler can stop it. */
export function runStep(step: StepCommand, started: (child: ChildProcess) => void = () => {}): Promise<StepResult> {
  return new Promise((resolve) => {
    // A process group of its own (detached), so the whole step (Astro, and the Pagefind
    // indexer Astro starts) can be stopped together: by `stopStep` when the build is stopped,
    // or by the next build when this one was killed outright (see build-lock.ts).
    const child = spawn(step.command, [...step.args], { cwd: step.cwd, env: step.env, stdio: ['inherit', 'inherit', 'pipe'], detached: true });
    started(child);
    const keepStacks = Boolean(step.env.DEBUG);
    const lines = child.stderr ? createInterface({ input: child.stderr, crlfDelay: Infinity }) : undefined;
    lines?.on('line', (line) => {
      if (keepStacks || !isStackTraceLine(line)) process.stderr.write(`${line}\n`);
    });
    child.on('error', (error) => {
      process.stderr.write(`could not start ${step.command}: ${error.message}\n`);
      resolve({ code: 127, signal: undefined });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? undefined, signal: signal ?? undefined }));
  });
}

/** Sends `signal` to a step's whole process group (the child and everything it started). */
export function stopStep(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has already ended.
  }
}
