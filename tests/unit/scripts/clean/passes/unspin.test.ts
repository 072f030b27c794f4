/**
 * The un-spinner and its detection, on text a spinner's habits produce and on correct
 * English. Real behaviour: the committed English model decides.
 */
import { describe, expect, it } from 'vitest';
import { filterLexicon } from '../../../../../scripts/clean/lexicon.ts';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';
import { RegistryNames } from '../../../../../scripts/clean/registry-names.ts';
import { lexiconsInUse } from '../../../../../scripts/clean/lexicons-in-use.ts';
import { PADDING_MARGIN, RESTORE_MARGIN, spinEvidence } from '../../../../../scripts/clean/unspin.ts';
import { englishModel } from '../../../../../src/language/en/language-model.ts';
import { swapReadings } from '../../../../../src/language/en/swap-readings.ts';
import { CLEAN_NEWS } from '../../../../../scripts/bench/restore/clean-news.ts';
import { mulberry32 } from '../../../../../scripts/bench/random.ts';
import { spin, spinInsideWords, spinnerTable } from '../../../../../scripts/bench/restore/simulate.ts';
import { isEnglishWord } from '../../../../../src/language/en/english-words.ts';
import { isEvidenceSummary } from '../../../../../src/schemas/cleaning-record.ts';
import { insideWordSwaps } from '../../../../../src/language/en/inside-word-swaps.ts';

const model = englishModel();

describe('swap readings', () => {
  it('finds the thesaurus swap and scores the original far above it', () => {
    const [reading] = swapReadings(model, 'The talks aimed to finish the warfare.').filter((candidate) => candidate.text === 'warfare');
    expect(reading?.best).toBe('war');
    expect(reading?.margin).toBeGreaterThan(1);
    expect(reading?.candidates[0]?.text).toBe('war');
  });

  it('never offers a reading longer than the words it would replace, nor reads names', () => {
    for (const reading of swapReadings(model, 'Officers said the Home Workplace had a lengthy list.')) {
      for (const candidate of reading.candidates) expect(candidate.text.split(' ').length).toBeLessThanOrEqual(reading.length);
      expect(reading.text).not.toMatch(/Home|Workplace/);
    }
  });
});

describe('gender', () => {
  it('never reads a word as a spun form of the same word marking another gender', () => {
    // The thesaurus lists spokesman, spokesperson and spokeswoman together, and the model,
    // counted from 1961 English, finds "spokesman" far likelier: without the guard it restored one.
    const text = 'A spokesperson declined to comment. The spokeswoman said the chairperson was away.';
    for (const reading of swapReadings(model, text)) {
      for (const candidate of reading.candidates) expect(candidate.text, reading.text).not.toMatch(/^(?:spokes|chair)(?:man|men|woman|women|person|people)?$/);
    }
  });

  it('leaves a spokesperson one in a spun copy, where the other swaps are restored', () => {
    const spun = [
      'Officers stated the pause was ordered by the defence secretary, in opposition to the advice of the workplace.',
      'A Pentagon spokesperson declined to remark, and the spokesperson stated the steerage stood.',
    ].join('\n\n');
    const cleaned = cleanArticle(spun, 'spun.txt', { declaredDamage: ['spun'] });
    expect(cleaned.changes.some((change) => change.before !== change.after && /said|against|office|guidance/.test(change.after))).toBe(true);
    expect(cleaned.paragraphs.join(' ')).not.toMatch(/spokesm[ae]n/);
    expect(cleaned.paragraphs.join(' ')).toMatch(/spokesperson.*spokesperson/);
  });
});

describe('detection', () => {
  const table = spinnerTable(model, model.forms());
  const article = CLEAN_NEWS.slice(0, 7);

  it('judges a heavily spun article spun, and the same article as written not', () => {
    const random = mulberry32(1);
    const spun = article.map((paragraph) => spin(paragraph, table, random, 0.3));
    expect(spinEvidence(model, spun).spun).toBe(true);
    expect(spinEvidence(model, article).spun).toBe(false);
  });

  it('recognises a spun copy with no lexicon fingerprint at all, and restores it in part', () => {
    const random = mulberry32(2);
    const spun = article.map((paragraph) => spin(paragraph, table, random, 0.3)).join('\n\n');
    const cleaned = cleanArticle(spun);
    expect(cleaned.damage.kinds).toContain('spun');
    const restorations = cleaned.changes.filter((change) => change.ruleId === 'unspin/thesaurus-swap');
    expect(restorations.length).toBeGreaterThan(5);
    for (const change of restorations) {
      expect(['probable', 'guess']).toContain(change.confidence);
      expect(change.candidates?.length).toBeGreaterThan(1);
      expect(change.reason).toMatch(/more probable here/);
    }
  });
});

describe('swaps inside words', () => {
  const table = spinnerTable(model, model.forms());
  const article = CLEAN_NEWS.slice(7, 21);

  it('reads a word English does not know as a known word with one piece swapped, and a known word not at all', () => {
    const swaps = insideWordSwaps(model, 'lawcreators');
    expect(swaps).toContainEqual({ word: 'lawmakers', written: 'creator', at: 3, original: 'maker' });
    // Known words keep their pieces: "warden" holds "ward", "forward" holds "war".
    for (const word of ['warden', 'forward', 'lawmakers', 'grillwork']) expect(insideWordSwaps(model, word)).toEqual([]);
    expect(isEnglishWord(model, 'grillwork')).toBe(true);
    expect(isEnglishWord(model, 'lawcreators')).toBe(false);
  });

  it('reads a piece with a letter or two around it, unless the word is a plain misspelling', () => {
    // "tree" → "locust" inside "street": only an s and a t around the piece.
    expect(insideWordSwaps(model, 'slocustt').map((swap) => swap.word)).toEqual(['street']);
    // One edit from a known word ("speech", "memory"), or a known word and an ending ("basically"'s "basic" + "ly"): a misspelling explains it as well.
    for (const word of ['speach', 'fmemory', 'basicly', 'companys']) expect(insideWordSwaps(model, word)).toEqual([]);
  });

  it('offers the readings as swap readings, names excepted', () => {
    const readings = swapReadings(model, 'The lawcreators met on Friday, said Lawcreators Holt.');
    expect(readings.filter((reading) => reading.text === 'lawcreators').map((reading) => reading.best)).toEqual(['lawmakers']);
    expect(readings.some((reading) => reading.text === 'Lawcreators')).toBe(false);
  });

  it('restores a copy spun inside its words, each change probable at most and saying which piece', () => {
    const spun = article.map((paragraph, index) => spinInsideWords(paragraph, table, mulberry32(40 + index), 0.3, (word) => isEnglishWord(model, word))).join('\n\n');
    expect(spun).not.toBe(article.join('\n\n'));
    const cleaned = cleanArticle(spun);
    expect(cleaned.damage.kinds).toContain('spun');
    const inside = cleaned.changes.filter((change) => change.ruleId === 'unspin/thesaurus-swap' && /swap inside it/.test(change.reason));
    expect(inside.length).toBeGreaterThan(5);
    for (const change of inside) expect(['probable', 'guess']).toContain(change.confidence);
    // Most restorations give back the original's word.
    const original = new Set(article.join(' ').toLowerCase().match(/\p{L}+/gu));
    const right = inside.filter((change) => original.has(change.after.toLowerCase()));
    expect(right.length / inside.length).toBeGreaterThan(0.9);
  });

  it('leaves the same article alone as written', () => {
    expect(cleanArticle(article.join('\n\n')).changes.filter((change) => change.ruleId.startsWith('unspin/'))).toEqual([]);
  });
});

describe('names and the swaps they prove', () => {
  it('restores a broken name the model knows as a phrase, and the swap elsewhere in a spun copy', () => {
    const text = 'The Los Angeles Occasions reported the deal first. Officials said the Oval Workplace had been told, and the Occasions later said so too.';
    const cleaned = cleanArticle(text);
    expect(cleaned.paragraphs[0]).toContain('The Los Angeles Times reported');
    expect(cleaned.paragraphs[0]).toContain('the Times later said');
    const name = cleaned.changes.find((change) => change.ruleId === 'unspin/name');
    expect(name?.confidence).toBe('probable');
    const proven = cleaned.changes.find((change) => change.ruleId === 'unspin/proven-swap');
    expect(proven?.reason).toMatch(/Los Angeles Occasions → The Los Angeles Times/);
    expect(proven?.confidence).toBe('probable');
  });

  it('never restores a name the registry lists exactly as written', () => {
    const text = 'The Velbrook Agriculture Commission said on Monday that the harvest was late.';
    const registry = new RegistryNames(model, [
      { type: 'actor', id: 'velbrook-agriculture-commission', kind: 'agency', name: 'Velbrook Agriculture Commission', aliases: [], affiliations: [] },
    ]);
    // Without the registry the model reads the name as a broken "… Agriculture Organization".
    const alone = cleanArticle(text, 'copy.txt', { registry: null }).changes.filter((change) => change.ruleId === 'unspin/name');
    expect(alone.map((change) => change.after)).toEqual(['The Velbrook Agriculture Organization']);
    expect(cleanArticle(text, 'copy.txt', { registry }).changes.filter((change) => change.ruleId === 'unspin/name')).toEqual([]);
  });

  it('reads a name word past a neighbour it only happens to follow, and proves the swap for the rest of the copy', () => {
    // "Warfare Three" is a pair the model has met, but no phrase: "World War" is one.
    const text = 'He accused the other man of playing with World Warfare Three. The warfare has gone on for years, and the warfare must end, officials said.';
    // The spinner lexicon knows this name; the model's own reading is what is tested.
    const cleaned = cleanArticle(text, undefined, spunWithoutLexicons);
    expect(cleaned.changes.find((change) => change.ruleId === 'unspin/name')?.after).toBe('World War Three');
    expect(cleaned.changes.filter((change) => change.ruleId === 'unspin/proven-swap').map((change) => change.after.toLowerCase())).toContain('war');
  });

  it('leaves correct names and capitalised verbs alone', () => {
    for (const text of ['The Home Office said the Wall Street Journal had the story.', 'Officials Command the.', 'The president met officials in the Oval Office on Friday.']) {
      expect(cleanArticle(text).changes).toEqual([]);
    }
  });
});

describe('translation repairs', () => {
  const translated = { declaredDamage: ['machine-translated' as const] };

  it('removes a pronoun a translation left after a name', () => {
    expect(cleanArticle('The Guardian He also says the note was new.', undefined, translated).paragraphs).toEqual(['The Guardian also says the note was new.']);
  });

  it('keeps a pronoun that starts a sentence', () => {
    expect(cleanArticle('Mr Smith left. He said no.', undefined, translated).changes).toEqual([]);
    expect(cleanArticle('Then He said it was over.', undefined, translated).changes).toEqual([]);
  });

  it('repairs the slip in a copy nothing else judged damaged, which one slip does not judge', () => {
    const cleaned = cleanArticle('The Guardian He also says the note was new.');
    expect(cleaned.paragraphs).toEqual(['The Guardian also says the note was new.']);
    expect(cleaned.damage.kinds).toEqual([]);
  });
});

/** A document declared spun, with the lexicons off: the un-spinner's own work. */
const spunWithoutLexicons = {
  declaredDamage: ['spun' as const],
  lexicons: { spinner: filterLexicon(lexiconsInUse().spinner, () => false), machineTranslation: filterLexicon(lexiconsInUse().machineTranslation, () => false) },
};

describe('the document-level channel', () => {
  it('restores a swap the whole document supports, though no one occurrence would carry it', () => {
    const spun = [
      'Diplomats say the talks could finish the warfare within months.',
      'The warfare has displaced millions, and the warfare in the east goes on.',
      'Both sides blame each other for the warfare, officials say.',
    ].join('\n\n');
    const cleaned = cleanArticle(spun, undefined, spunWithoutLexicons);
    const pooled = cleaned.changes.filter((change) => change.before.toLowerCase() === 'warfare');
    expect(pooled.length).toBeGreaterThanOrEqual(3);
    for (const change of pooled) {
      expect(change.after.toLowerCase()).toBe('war');
      expect(change.confidence).toBe('probable');
    }
    expect(pooled.some((change) => /at each of its \d+ places/.test(change.reason))).toBe(true);
  });

  it('keeps a topic word an author repeats in one phrase, and the kinds of warfare', () => {
    const text = [
      'The army has expanded its cyber operations against criminal gangs.',
      'Its cyber operations against the gangs began last year.',
      'Experts say cyber warfare is now part of every conflict.',
    ].join('\n\n');
    const cleaned = cleanArticle(text, undefined, { declaredDamage: ['spun'] });
    expect(cleaned.paragraphs.join(' ')).toContain('cyber operations against criminal gangs');
    expect(cleaned.paragraphs.join(' ')).toContain('cyber warfare');
  });

  it('never reads again a word an earlier restoration wrote', () => {
    const cleaned = cleanArticle('The talks aimed to finish the warfare. The warfare goes on, and the warfare must end.', undefined, { declaredDamage: ['spun'] });
    const restoredTwice = cleaned.changes.filter((change, index) => cleaned.changes.slice(0, index).some((earlier) => earlier.after === change.before && earlier.after !== ''));
    expect(restoredTwice.filter((change) => change.ruleId.startsWith('unspin/'))).toEqual([]);
  });
});

describe('function words and complex prepositions', () => {
  it('restores a padded preposition in a spun copy', () => {
    const spun = 'The sanctions in opposition to the regime were widened. Officers instructed reporters that the sanctions in opposition to the regime would stay.';
    const cleaned = cleanArticle(spun, undefined, spunWithoutLexicons);
    expect(cleaned.paragraphs[0]).toContain('sanctions against the regime');
  });

  it('leaves the same phrase in correct English alone', () => {
    expect(cleanArticle('Labour MPs voted in opposition to the bill at its second reading.').changes).toEqual([]);
  });

  it('shortens a padded phrase of three words on a lower margin than a single word needs, and only in a spun copy', () => {
    const text = 'The raid came on the orders of the minister, in accordance with a report in the paper.';
    const readings = swapReadings(model, text);
    const padded = readings.find((reading) => reading.text === 'in accordance with');
    // Between the two margins: restored as a padded phrase, never as a word of its own.
    expect(padded?.best).toBe('according to');
    expect(padded?.margin).toBeGreaterThanOrEqual(PADDING_MARGIN);
    expect(padded?.margin).toBeLessThan(RESTORE_MARGIN);
    const spun = cleanArticle(text, undefined, spunWithoutLexicons);
    expect(spun.paragraphs[0]).toContain('minister, according to a report');
    expect(spun.changes.find((change) => change.before === 'in accordance with')?.confidence).toBe('probable');
    expect(cleanArticle(text).changes).toEqual([]);
  });
});

describe('padded adverbials that hold a time or negation word', () => {
  it('shortens one to its own closed-class group’s form on the restoring margin, as a guess', () => {
    const cleaned = cleanArticle('The plant opened ten years in the past he recalled.', undefined, spunWithoutLexicons);
    expect(cleaned.paragraphs[0]).toBe('The plant opened ten years ago he recalled.');
    expect(cleaned.changes.find((change) => change.before === 'in the past')?.confidence).toBe('guess');
  });

  it('leaves the phrase where the model reads it as written, and in correct English', () => {
    expect(cleanArticle('Officials have met several times in the past and agreed.', undefined, spunWithoutLexicons).changes).toEqual([]);
    expect(cleanArticle('The plant opened ten years in the past he recalled.').changes).toEqual([]);
  });
});

describe('names from the registry', () => {
  it('restores an outlet’s name where a source is cited, and an actor’s beside its company', () => {
    const copy = [
      'The order was reported first, according to The file. It affects the US Cyber Command, a part of the Ministry of Defense.',
      'The Pentagon did not comment.',
    ].join('\n\n');
    const cleaned = cleanArticle(copy);
    expect(cleaned.paragraphs[0]).toContain('according to The Record');
    expect(cleaned.paragraphs[0]).toContain('a part of the Department of Defense');
    for (const change of cleaned.changes.filter((entry) => entry.ruleId === 'registry/name')) expect(change.confidence).toBe('probable');
  });

  it('never restores a name to a form a damaged copy wrote for it, which still tells whose company a text keeps', () => {
    const agency = { type: 'actor' as const, id: 'nsa', kind: 'agency', name: 'National Security Agency', aliases: ['NSA'], affiliations: [] };
    const text = 'Espionage by the National Security Service was not covered, nor was the National Safety Service named.';
    // As an alias, the broken form was a name to restore to ("Safety" → "Security Service").
    const asAlias = new RegistryNames(model, [{ ...agency, aliases: ['NSA', 'National Security Service'] }]);
    expect(asAlias.repairs(text).map((repair) => repair.after)).toEqual(['National Security Service']);
    const asDamaged = new RegistryNames(model, [{ ...agency, damagedForms: ['National Security Service'] }]);
    expect(asDamaged.repairs(text)).toEqual([]);
    expect(asDamaged.mentions(text).map((mention) => text.slice(mention.start, mention.end))).toEqual(['National Security Service']);
  });

  it('leaves names of their own, and a lone odd name in correct English', () => {
    for (const text of [
      'The United States and the United Nations disagreed.',
      'The Ministry of Defence said the deployment would last six months.',
      'The file was corrupted before it could be submitted, the prosecution told the court.',
      'According to the file, the suspect left at noon.',
    ]) {
      expect(cleanArticle(text).changes).toEqual([]);
    }
  });
});

describe('articles a translation put before a name', () => {
  const translated = { declaredDamage: ['machine-translated' as const] };

  it('drops "the" before an acronym the copy writes bare elsewhere', () => {
    const cleaned = cleanArticle('He ordered the CISA not to act. New priorities for CISA, including China, were set.', undefined, translated);
    expect(cleaned.paragraphs[0]).toBe('He ordered CISA not to act. New priorities for CISA, including China, were set.');
  });

  it('keeps the article where the copy uses it elsewhere, or never writes the name bare', () => {
    expect(cleanArticle('The agency told the NSA not to act. Officials at the NSA said so.', undefined, translated).changes).toEqual([]);
    expect(cleanArticle('Staff told the FBI and the police.', undefined, translated).changes).toEqual([]);
  });

  it('reads the copy\'s usage as bare only where a function word governs the name, not after a noun (a modifier or apposition)', () => {
    // Found by the clean-text property test: "the US" kept, though "café US." ends a sentence.
    expect(cleanArticle('the\nUkraine the US.\nThe café US.\nThe.').changes).toEqual([]);
    expect(cleanArticle('He ordered the CISA not to act. The agency that oversees CISA, the department, said so.', undefined, translated).changes).toEqual([]);
  });
});

describe('a copy judged machine-translated from its own slips', () => {
  const lexiconsOff = { lexicons: spunWithoutLexicons.lexicons };
  const namesBroken = 'The order was reported first, according to The file. It affects the US Cyber Command, a part of the Ministry of Defense.';

  it('judges a copy with two kinds of translation slip machine-translated, with a summary of them as its evidence', () => {
    const copy = [namesBroken, 'The Sentinel He also says the order came late.', 'Talks between Ukraine President Ivo Marek and Russian President Pavel Ostrov failed.'].join('\n\n');
    const cleaned = cleanArticle(copy, undefined, lexiconsOff);
    expect(cleaned.damage.kinds).toEqual(['machine-translated']);
    const markers = cleaned.damage.markers['machine-translated'] ?? [];
    expect(markers).toHaveLength(1);
    expect(isEvidenceSummary(markers[0] ?? '')).toBe(true);
    expect(markers[0]).toMatch(/^translation repairs: .*country’s name.*subject pronoun/);
  });

  it('does not judge a copy on one kind of slip, nor correct English', () => {
    const one = cleanArticle([namesBroken, 'The Sentinel He also says the order came late.'].join('\n\n'), undefined, lexiconsOff);
    expect(one.changes.some((change) => change.ruleId === 'translation/stray-pronoun')).toBe(true);
    expect(one.damage.kinds).toEqual([]);
    const clean = cleanArticle('Talks between Ukrainian President Ivo Marek and Russian President Pavel Ostrov failed. The Sentinel also says the order came late.', undefined, lexiconsOff);
    expect(clean.damage.kinds).toEqual([]);
    expect(clean.changes).toEqual([]);
  });
});

describe('a country’s name where its adjective stands before a title', () => {
  const translated = { declaredDamage: ['machine-translated' as const] };

  it('restores the adjective where the copy writes one before the same title', () => {
    const cleaned = cleanArticle('The talks between Ukraine President Volodymyr Zelenskyy and Russian President Vladimir Putin failed.', undefined, translated);
    expect(cleaned.paragraphs[0]).toContain('Ukrainian President Volodymyr Zelenskyy');
    expect(cleaned.changes.find((change) => change.ruleId === 'translation/country-for-adjective')?.confidence).toBe('probable');
  });

  it('leaves titles the copy never gives an adjective, and names of their own', () => {
    expect(cleanArticle('Germany Chancellor Olaf Scholz met French President Emmanuel Macron.', undefined, translated).changes).toEqual([]);
    expect(cleanArticle('Russia Today reported that French President Emmanuel Macron left.', undefined, translated).changes).toEqual([]);
  });

  it('repairs it in a copy nothing else judged damaged, as probable', () => {
    const cleaned = cleanArticle('The talks between Ukraine President Volodymyr Zelenskyy and Russian President Vladimir Putin failed.');
    expect(cleaned.paragraphs[0]).toContain('Ukrainian President Volodymyr Zelenskyy');
    expect(cleaned.damage.kinds).toEqual([]);
  });
});
