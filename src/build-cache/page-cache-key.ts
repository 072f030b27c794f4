/**
 * Keys for Astro's incremental static builds (`experimental.incrementalBuild` in
 * astro.config.mjs): a page returned from `getStaticPaths()` with a `cacheKey` is copied from
 * the last build's output, not rendered again, when its key and its code are both unchanged.
 * Astro checks the code itself (a hash of the page's module graph, the configuration, the site's
 * address and the lockfile); the key must cover everything else the page shows. `npm run build`
 * also empties Astro's cache whenever the code, the registry or the site's address change
 * (scripts/build/astro-store.ts), but a key does not lean on that.
 *
 * Only pages whose content is their own source's files carry a key (the copy as received, the
 * changes), and the Open Graph cards (the explainer's title): a page that reads across the
 * dossier (a source page shows other sources' versions of its quotations) is rendered every time.
 */
import { createHash } from 'node:crypto';

/** Maps and sets as their entries: plain JSON would write both as `{}` and lose what changed. */
function serialisable(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}

/** A SHA-256 of the inputs as JSON (object keys in their insertion order, as the content was read). */
export function pageCacheKey(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs, serialisable) ?? 'undefined').digest('hex');
}

/** What a page showing one seeded source's own files reads, but its corrections. */
export interface SeededSource {
  /** The source: its front matter and its text (the rest of the content entry is not shown). */
  source: { data: unknown; body?: string | undefined };
  /** Its cleaning record. */
  record: unknown;
  /** The name of its outlet, as the page shows it. */
  outletName: string;
}

/**
 * The key of a page that shows one seeded source's own files and nothing else of the dossier
 * (the copy as received, the changes): the source's key (`seededSourceKey`, the same for all
 * its pages, so it is worked out once) and the corrections the log names for the page (each
 * page says when it was corrected).
 */
export function seededSourcePageKey(sourceKey: string, corrections: readonly unknown[] = []): string {
  return pageCacheKey({ sourceKey, corrections });
}

/** What every page of one seeded source's own files reads but its corrections, as a key. */
export function seededSourceKey(seeded: SeededSource): string {
  return pageCacheKey({ source: { data: seeded.source.data, body: seeded.source.body }, record: seeded.record, outletName: seeded.outletName });
}
