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
    // Not detached: the child stays in our process group, so a signal to the group (Ctrl-C,
    // or a supervisor killing the build) reaches Astro too and nothing keeps writing.
    const child = spawn(step.command, [...step.args], { cwd: step.cwd, env: step.env, stdio: ['inherit', 'inherit', 'pipe'] });
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
