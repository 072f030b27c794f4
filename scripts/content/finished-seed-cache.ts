/**
 * Finished seeds kept between content builds (`.cache/finished-seeds/`), so a build after a
 * seed is added or edited cleans only what changed. Only a copy that arrived undamaged in its
 * wording is kept: it is finished from its seed, its sidecar, the registry and the code
 * alone, all of which its key covers. A damaged copy is finished with every clean source's
 * words (plan-content.ts), so it is cleaned again on every build.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { REGISTRY_FOLDERS } from '../../src/build-cache/build-inputs.ts';
import { buildCacheDir, KeyedJsonCache } from '../../src/build-cache/cache-folder.ts';
import { codeStamp, inputStamp } from '../../src/build-cache/input-stamp.ts';
import type { FinishedSeed, SeedInput } from './plan-seed.ts';

export class FinishedSeedCache {
  readonly #disk: KeyedJsonCache<FinishedSeed>;
  /** Code, registry and the project's place (the files' paths are absolute). */
  readonly #stamp: string;

  constructor(root: string) {
    this.#disk = new KeyedJsonCache<FinishedSeed>(join(buildCacheDir(root), 'finished-seeds'));
    this.#stamp = inputStamp(root, REGISTRY_FOLDERS, [codeStamp(root), root]);
  }

  #key(input: SeedInput): string {
    // The sidecar as read (dates as ISO text); its line numbers only ever reach a message, and a seed with a problem is not kept.
    return createHash('sha256').update(this.#stamp).update('\0').update(input.seedFile).update('\0').update(input.sha256).update('\0').update(JSON.stringify(input.meta)).digest('hex');
  }

  /** The seed as finished by an earlier build from the same inputs, if one kept it. */
  get(input: SeedInput): FinishedSeed | undefined {
    return this.#disk.get(this.#key(input));
  }

  /** Keeps a seed finished without the dossier's other sources (an undamaged copy). */
  set(input: SeedInput, finished: FinishedSeed): void {
    this.#disk.set(this.#key(input), finished);
  }
}
