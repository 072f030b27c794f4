/**
 * Inflected forms of a thesaurus lemma, from compromise's conjugation and pluralisation
 * (irregular forms included: come → came, get → got/gotten). A multi-word verb inflects
 * its first word ("get here" → "got here"), a multi-word noun its last ("press release"
 * → "press releases"). Used only when the language data is built.
 */
import nlp from 'compromise';
import type { PartOfSpeech } from './thesaurus.ts';

/** The grammatical slot a form fills: a candidate must fill the same one as the word it replaces. */
export type Slot = 'sg' | 'pl' | 'inf' | 'past' | 'part' | '3sg' | 'ger' | 'base';

interface Transforms {
  verb: { conjugate: (word: string, model: unknown) => Record<string, string | undefined> };
  noun: { toPlural: (word: string, model: unknown) => string };
}

const transform = (nlp.methods() as { two: { transform: Transforms } }).two.transform;
const model: unknown = nlp.model();

function replaceWord(words: string[], index: number, value: string): string {
  return words.map((word, at) => (at === index ? value : word)).join(' ');
}

/** Every (slot, form) of a lemma in one part of speech. */
export function inflections(lemma: string, pos: PartOfSpeech): Array<[Slot, string]> {
  const words = lemma.split(' ');
  if (pos === 'noun') {
    const last = words.length - 1;
    const plural = transform.noun.toPlural(words[last] ?? '', model);
    return [
      ['sg', lemma],
      ['pl', replaceWord(words, last, plural)],
    ];
  }
  if (pos === 'verb') {
    const forms = transform.verb.conjugate(words[0] ?? '', model);
    const slot = (value: string | undefined, fallback: string) => replaceWord(words, 0, value ?? fallback);
    const past = slot(forms.PastTense, `${words[0]}ed`);
    return [
      ['inf', lemma],
      ['past', past],
      ['part', forms.Participle ? slot(forms.Participle, '') : past],
      ['3sg', slot(forms.PresentTense, `${words[0]}s`)],
      ['ger', slot(forms.Gerund, `${words[0]}ing`)],
    ];
  }
  return [['base', lemma]];
}
