/**
 * Whether the addresses the sources give are still alive. Run by the scheduled link-check
 * workflow (`npm run check-links`), never by the build or the tests: the build must not
 * depend on other sites, and the tests check this against a server of their own.
 *
 * Each address is asked for its head (HEAD), then, when a server refuses HEAD or fails, for
 * the page itself (GET), following redirects, with a time limit; a failure is tried once
 * more before it counts. The verdict:
 *
 * - `alive`: a 2xx answer, after any redirects;
 * - `dead`: 404 or 410, a server error (5xx) twice, no answer in time, or no server at all
 *   (the name does not resolve, the connection is refused);
 * - `refused`: 401, 403 or 429: the site turned a robot away. The page may be fine, so it is
 *   listed apart, not reported as dead.
 */
import { mapConcurrently } from '../lib/map-concurrently.ts';

export type UrlVerdict = 'alive' | 'dead' | 'refused';

export interface UrlCheck {
  url: string;
  verdict: UrlVerdict;
  /** The last HTTP status, when there was an answer. */
  status?: number | undefined;
  /** What went wrong, in words, when there was no answer. */
  error?: string | undefined;
}

export interface CheckOptions {
  /** The fetch to use (a test passes its own); defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Milliseconds before one request is abandoned (default 15,000). */
  timeoutMs?: number;
  /** Requests in flight at once (default 8): enough to be quick, few enough to be polite. */
  concurrency?: number;
  /** Tries of an address that fails (default 2). */
  tries?: number;
}

const REFUSED = new Set([401, 403, 429]);
const GONE = new Set([404, 410]);
/** Asked of every server: who is knocking, and why. */
const USER_AGENT = 'dossier-link-check (checks that the addresses a news dossier cites still work)';

/** One request; a status, or an error in words. */
async function ask(url: string, method: 'HEAD' | 'GET', options: Required<Omit<CheckOptions, 'concurrency' | 'tries'>>): Promise<{ status: number } | { error: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await options.fetch(url, { method, redirect: 'follow', signal: controller.signal, headers: { 'user-agent': USER_AGENT } });
    // The body is not wanted; leaving it open would hold the connection.
    await response.body?.cancel();
    return { status: response.status };
  } catch (error) {
    if (controller.signal.aborted) return { error: `no answer within ${options.timeoutMs / 1000} s` };
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    return { error: cause instanceof Error ? cause.message : String(cause) };
  } finally {
    clearTimeout(timer);
  }
}

/** Checks one address. */
export async function checkUrl(url: string, options: CheckOptions = {}): Promise<UrlCheck> {
  const settings = { fetch: options.fetch ?? fetch, timeoutMs: options.timeoutMs ?? 15_000 };
  const tries = options.tries ?? 2;
  let last: { status: number } | { error: string } = { error: 'not checked' };
  for (let attempt = 0; attempt < tries; attempt += 1) {
    last = await ask(url, 'HEAD', settings);
    // Some servers refuse HEAD (405, 501) or answer it wrongly: the page itself decides.
    if (!('status' in last) || last.status >= 400) last = await ask(url, 'GET', settings);
    if ('status' in last && (last.status < 400 || GONE.has(last.status) || REFUSED.has(last.status))) break;
  }
  if ('error' in last) return { url, verdict: 'dead', error: last.error };
  const verdict: UrlVerdict = last.status < 400 ? 'alive' : REFUSED.has(last.status) ? 'refused' : 'dead';
  return { url, verdict, status: last.status };
}

/** Checks every address, a few at a time, in the order given. */
export async function checkUrls(urls: readonly string[], options: CheckOptions = {}): Promise<UrlCheck[]> {
  return mapConcurrently(urls, options.concurrency ?? 8, (url) => checkUrl(url, options));
}
