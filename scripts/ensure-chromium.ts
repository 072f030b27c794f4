/**
 * `npm test` needs a Chromium for the browser tests, and Playwright cannot download its
 * own here. If none is found, install Debian's `chromium` package (as root, or through
 * sudo on a CI runner); otherwise say exactly what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command: string[], asRoot: boolean): boolean {
  const [program, ...args] = asRoot && process.getuid?.() !== 0 ? ['sudo', '-n', ...command] : command;
  if (!program) return false;
  const result = spawnSync(program, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

function main(): number {
  if (existsSync(chromiumPath)) return 0;
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is set to ${chromiumPath}, but there is no file there.`);
    return 1;
  }
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!hasApt) {
    console.error('The browser tests need Chromium. Install it, then run the tests with CHROMIUM_PATH=/path/to/chromium.');
    return 1;
  }
  console.log('Chromium not found: installing Debian\'s "chromium" package for the browser tests…');
  if (run(['apt-get', 'update', '-qq'], true) && run(['apt-get', 'install', '-y', '-qq', 'chromium'], true) && existsSync(chromiumPath)) {
    return 0;
  }
  console.error('Could not install Chromium. As root, run: apt-get update && apt-get install -y chromium');
  return 1;
}

process.exitCode = main();
