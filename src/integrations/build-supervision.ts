/**
 * Astro integration: when `npm run build` runs Astro as one of its stages, Astro stops
 * itself if the build that started it is gone. A supervisor killed outright (`kill -9`, an
 * out-of-memory kill) cannot pass the signal on, and an orphaned Astro would keep writing
 * into the staging folder while the next build clears it. The build names itself in
 * DOSSIER_BUILD_SUPERVISOR; once this process's parent is no longer that process, the
 * stage's whole process group (Astro and the Pagefind indexer it started) is ended. The
 * next build also stops such a group from the lock file (scripts/build/build-lock.ts); this
 * makes it end within a second instead of at the next build.
 */
import type { AstroIntegration } from 'astro';

/** How often the parent is checked: often enough that an orphan writes for at most a moment. */
const CHECK_EVERY_MS = 500;

export default function buildSupervision(supervisor: string | undefined = process.env.DOSSIER_BUILD_SUPERVISOR): AstroIntegration {
  return {
    name: 'dossier:build-supervision',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const expected = Number(supervisor);
        if (!Number.isInteger(expected) || expected <= 0) return;
        const timer = setInterval(() => {
          // process.ppid is read anew on each access: an orphan is adopted by another process.
          if (process.ppid === expected) return;
          clearInterval(timer);
          logger.error(`the build that started this stage (process ${expected}) has ended; stopping.`);
          try {
            // The stage leads its own process group (scripts/build/run-step.ts): end all of it.
            process.kill(-process.pid, 'SIGKILL');
          } catch {
            process.kill(process.pid, 'SIGKILL');
          }
        }, CHECK_EVERY_MS);
        // Never keeps a finished build alive.
        timer.unref();
      },
    },
  };
}
