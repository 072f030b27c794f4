/**
 * Whether a word is one edited English writes: the model's vocabulary (72,000 words of
 * general US English), or the committed list of the rest (`english-words.txt.gz`, built by
 * `npm run build:word-lists` from the Brown corpus, WordNet 3.1's lemmas and their
 * inflections). A spinner that swaps a piece inside a word ("for-war-d" → "forwarfared")
 * writes words outside both; correct English, almost never.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { EnglishModel } from './language-model.ts';

export const ENGLISH_WORDS_FILE = new URL('./english-words.txt.gz', import.meta.url);

let listed: ReadonlySet<string> | undefined;

function listedWords(): ReadonlySet<string> {
  listed ??= new Set(gunzipSync(readFileSync(ENGLISH_WORDS_FILE)).toString('utf8').split('\n').filter((word) => word !== ''));
  return listed;
}

/** Whether English knows `word` (lower case, letters only): in the model's vocabulary or the list. */
export function isEnglishWord(model: EnglishModel, word: string): boolean {
  return model.id(word) !== undefined || listedWords().has(word);
}
