/**
 * Proposes the names of people and organisations that appear in the sources but that no
 * actor or outlet of the registry covers, so a maintainer adding a source learns which
 * actors to add.
 *
 * Why it works this way:
 * - A name is a run of capitalised words ("Jane Doe", "Foo Agency", "U.S.", "NATO"), with
 *   lower-case connectors inside ("Bank of England", "Ursula von der Leyen"). English
 *   capitalises little else, so this finds nearly every name; the work is in throwing out
 *   what is capitalised for other reasons.
 * - Whatever the registry's matcher finds is known. A run that touches a known name is cut
 *   around it, so "CISA Director Jen Easterly" still proposes "Jen Easterly", while a lone
 *   word left beside a known name ("Trump Tower" → "Tower") is dropped as a fragment.
 * - A capitalised word at the start of a sentence or quotation proves nothing. It is kept
 *   only when the same word is capitalised mid-sentence elsewhere in the sources, is an
 *   acronym, or runs straight into another capitalised word it is never seen lower-cased
 *   apart from ("Jane Doe said"); function words ("The", "In", "However") always go.
 * - Places, nationalities, days and months are capitalised but are not actors. Countries,
 *   day and month names come from the runtime's own locale data (`Intl`), which is complete
 *   and needs no list here; cities come from the time-zone database plus a short list of
 *   capitals and places in the news, and a dossier's own places from its data
 *   (dossier.config.ts `places`); demonyms are derived from country names ("Ukraine" →
 *   "Ukrainian") plus the irregular ones ("French", "Dutch").
 * - Titles are not names: a leading title phrase ("Ukrainian President", "Secretary of
 *   State") is cut off, which is also the best evidence that the rest is a person; a title
 *   alone is dropped.
 * - Kind is decided from the words themselves: an organisation word ("Agency", "Ministry",
 *   "Party") or a lone acronym makes an organisation; a title, an apposition (", a
 *   spokeswoman for"), a role noun before ("analyst Jane Doe"), or the surname used alone
 *   later in the same source makes a person. Anything else is "unknown" rather than a guess.
 * - No NLP library: compromise (people/organisations) was measured against these rules. On
 *   the seeds and 27 hand-written paragraphs it found 20 of 53 names (these rules: all) and
 *   proposed titles and places with them ("Minister Sergei Lavrov", "Oval Office"); as a
 *   classifier of these rules' names it changed one kind, wrongly ("Lockheed Martin":
 *   person). Not worth its 5 MB and half-second load.
 *
 * The result is a proposal for a human: it errs towards listing a doubtful name once rather
 * than hiding a real actor.
 *
 * Cost: one forward pass over each paragraph's words, with what a name's context says read
 * from a few words either side, never from the whole paragraph before it: it runs twice per
 * build (validation and the build report), and a 1 MB paragraph of names must not take minutes.
 */
import type { NameMatcher } from './name-matcher.ts';
import { dossierPlaces } from '../config/dossier-places.ts';

/** One source to scan: its id and its paragraphs as its page numbers them. */
export interface SourceText {
  /** Source id (file name without extension). */
  slug: string;
  /** Plain-text paragraphs, in order; paragraph 1 is the first. */
  paragraphs: readonly string[];
}

/** What an unknown name most likely refers to. */
export type UnknownNameKind = 'person' | 'organisation' | 'unknown';

/** A paragraph where an unknown name appears. */
export interface UnknownNameOccurrence {
  /** Source id. */
  slug: string;
  /** Paragraph number, counting from 1 as the source page does. */
  paragraph: number;
}

/** A name found in the sources that no actor or outlet covers. */
export interface UnknownName {
  /** The name as the sources write it, without a title ("Jane Doe", not "Minister Jane Doe"). */
  name: string;
  /** Person, organisation, or unknown when the text gives no evidence either way. */
  kind: UnknownNameKind;
  /** Paragraphs where it appears (once per paragraph), in source order then paragraph order. */
  occurrences: UnknownNameOccurrence[];
}

// ---------------------------------------------------------------------------------------
// Word lists. All lower case; dots are removed before lookup ("U.S." is "us").
// ---------------------------------------------------------------------------------------

const wordSet = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Words that start sentences without naming anything. */
const FUNCTION_WORDS = wordSet(`
  a an the this that these those it its he she they we i you his her their our my your him them us
  in on at by for from to of with without after before since during while when where why how what
  which who whom whose if but and or nor so yet as although though because however meanwhile also
  still even just only there here then now today yesterday tomorrow tonight last next some many most
  more few several all both each every any no not other another such much first second third
  earlier later despite according under over about against between among amid into through
  following instead indeed rather perhaps overall once unlike like than whether until unless upon
  within across around behind beyond near off out up down again already always never often
  sometimes do does did is are was were be been being has have had will would can could should may
  might must shall let please yes well thus hence therefore moreover furthermore nevertheless
  nonetheless elsewhere altogether anyway besides otherwise recently currently previously finally
  eventually initially separately similarly likewise additionally regardless asked told said
  speaking writing one two three four five six seven eight nine ten eleven twelve hundreds thousands
  millions billions dozens tens none nobody everyone everybody someone somebody anyone something
  nothing everything
`);

/** Lower-case words that may join the capitalised words of one name. */
const CONNECTORS = wordSet('of for the de del della der den des di da du do dos das la le van von bin ibn al y');

/** Abbreviations whose full stop does not end a sentence or a name ("Mr. Doe", "Gen. Smith"). */
const ABBREVIATIONS = wordSet('mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr adm st jr sr mt ft');

/** Words that name a position; before a name they show that it is a person. */
const TITLE_HEADS = wordSet(`
  president vice-president president-elect secretary secretary-general minister premier chancellor
  senator sen congressman congresswoman representative rep governor gov mayor ambassador envoy
  gen admiral adm colonel col lieutenant lt captain capt sergeant sgt commander cmdr director chief
  chair chairman chairwoman chairperson commissioner spokesman spokeswoman spokesperson adviser
  advisor attorney judge mr mrs ms miss mx dr prof professor sir dame lord lady king queen prince
  princess pope sheikh emir sultan ayatollah speaker leader officer ceo founder deputy
`);

/** Words that qualify a title ("Foreign Minister", "Secretary of State", "Senate Majority Leader"). */
const TITLE_MODIFIERS = wordSet(`
  vice prime deputy assistant under acting former first senior special chief executive foreign
  defence defense home interior justice state national security homeland press majority minority
  supreme inspector surgeon general cyber intelligence energy finance treasury trade health
  education commerce agriculture transportation labor labour army navy air force joint top high
  principal managing white house opposition parliamentary senate democratic republican democrat
  party public crown
`);

/** Words that make a name an organisation. */
const ORGANISATION_WORDS = wordSet(`
  agency agencies department ministry command service services council committee commission office
  bureau institute institution university college school party group company corporation corp inc
  ltd llc plc gmbh bank association union organisation organization foundation court senate congress
  parliament assembly army navy forces force police nations times news post journal herald tribune
  gazette telegraph press network networks center centre authority administration board federation
  league fund guard directorate cabinet government secretariat alliance coalition movement brigade
  regiment battalion club society trust partners holdings technologies labs systems media
  broadcasting radio television tv airlines airways reserve exchange consortium firm church chamber
  academy museum hospital embassy consulate corps division republic
`);

/** Words that make a name an event, a law or a plan, not an actor ("World War Three", "Executive Order"). */
const EVENT_WORDS = wordSet(`
  war wars olympics games cup day christmas easter ramadan hanukkah thanksgiving halloween eid
  revolution uprising invasion crisis election elections summit act acts bill law treaty accord
  accords agreement order directive doctrine operation protocol charter amendment memorandum
  strategy award prize
`);

/** Last words that make a name a place ("Black Sea", "Silicon Valley", "Downing Street"). */
const PLACE_ENDINGS = wordSet(`
  sea seas ocean river mountains mountain island islands bay gulf strait straits valley peninsula
  lake desert region province oblast county street avenue square airport district coast canal hill
  hills plain plains basin
`);

/** Acronyms that are common words, not names. */
const COMMON_ACRONYMS = wordSet(`
  ai tv ceo cfo cto coo gdp pm am ok id faq pdf url vpn usb gps dna bc ad ce bce est gmt utc et pt
  ii iii iv v vi vii viii ix x xi xii
`);

/** Nationalities and similar adjectives that do not follow from a country's name. */
const IRREGULAR_DEMONYMS = wordSet(`
  american americans british briton britons english scottish scot scots welsh irish french dutch
  swiss greek greeks polish pole poles turkish turk turks spanish spaniard spaniards swedish swede
  swedes finnish finn finns danish dane danes norwegian norwegians portuguese peruvian peruvians
  filipino filipinos thai afghan afghans czech czechs slovak slovaks lebanese emirati emiratis
  arab arabs arabic saudi saudis kurd kurds kurdish jewish jews muslim muslims christian christians
  sunni shia shiite israeli israelis palestinian palestinians soviet soviets western westerners
  eastern northern southern european europeans asian asians african africans latin latino nordic
  baltic slavic chechen chechens tatar tatars crimean uyghur uyghurs anglo transatlantic allied
  democrat democrats democratic republican republicans tory tories conservative conservatives
  liberal liberals communist communists west east north south central global international
`);

/** Places the locale data lacks: regions, landmarks, cities in the news, US states (a dossier adds its own: `dossierPlaces`). */
const EXTRA_PLACES = [
  'America', 'Americas', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'Turkey', 'Czech Republic', 'Burma', 'Ivory Coast', 'Holland', 'Korea', 'Congo', 'Macedonia',
  'Palestine', 'Tibet', 'Chechnya', 'Dagestan', 'Siberia', 'Kashmir', 'Xinjiang', 'Transnistria',
  'Abkhazia', 'South Ossetia', 'Europe', 'Asia', 'Africa', 'Oceania', 'Arctic', 'Antarctic',
  'Eurasia', 'Scandinavia', 'Balkans', 'Baltics', 'Caucasus', 'Middle East', 'Far East', 'Near East',
  'Latin America', 'North America', 'South America', 'Central America', 'Global South', 'White House',
  'Oval Office', 'Capitol', 'Capitol Hill', 'Downing Street', 'Wall Street', 'Silicon Valley', 'Hague',
  'Washington', 'Washington DC', 'DC', 'Beijing', 'Geneva', 'Munich', 'Davos', 'New York', 'New York City',
  'Los Angeles', 'San Francisco', 'Boston', 'Seattle', 'Miami', 'Atlanta', 'Dallas', 'Houston',
  'Philadelphia', 'Las Vegas', 'West Bank', 'Tel Aviv', 'Jeddah', 'Doha', 'Abu Dhabi', 'Ankara',
  'Mumbai', 'Delhi', 'New Delhi', 'Islamabad', 'Canberra', 'Ottawa', 'Montreal', 'Vancouver', 'Milan',
  'Barcelona', 'Edinburgh', 'Manchester', 'Birmingham', 'Frankfurt', 'Hamburg', 'Cologne',
  'St Petersburg', 'Saint Petersburg', 'Cape Town', 'Brasilia', 'Alabama', 'Alaska', 'Arizona',
  'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'US', 'USA', 'UK', 'UAE',
  'PRC', 'DRC', 'USSR',
];

/** Region codes the locale data names that are not places (or are organisations). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** Canonical form for lookups: lower case, no dots, straight apostrophes. */
function lookupForm(text: string): string {
  return text.toLowerCase().replace(/\./g, '').replace(/’/g, "'");
}

function countryNames(): string[] {
  const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const names: string[] = [];
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = regions.of(code);
      if (!name || name === code) continue;
      // "Myanmar (Burma)" → both; "Congo - Kinshasa" → "Congo"; "Hong Kong SAR China" → "Hong Kong".
      for (const part of name.replace(/\)/g, '').split(/\s*[(-]\s+|\s*\(/)) names.push(part.replace(/ SAR China$/, ''));
    }
  }
  return names;
}

function timeZoneCities(): string[] {
  // "Europe/Kiev" → "Kiev". Not Antarctic stations, named after people ("Casey", "Davis"), nor
  // the small towns of "America/Indiana/…" and the like.
  return Intl.supportedValuesOf('timeZone')
    .map((zone) => zone.split('/'))
    .filter(([area, second, third]) => area !== 'Antarctica' && area !== 'Etc' && (third === undefined || second === 'Argentina'))
    .map((parts) => (parts.at(-1) ?? '').replace(/_/g, ' '));
}

/** "Ukraine" → "ukrainian", "Russia" → "russian", "Japan" → "japanese", plurals too. */
/**
 * "Ukraine" → "ukrainian", "Russia" → "russian", "Japan" → "japanese", "Iraq" → "iraqi", with
 * plurals. Only one-word names: the words of "St. Vincent & Grenadines" are first names.
 */
function derivedDemonyms(places: readonly string[]): Set<string> {
  const demonyms = new Set<string>();
  const suffixes = ['n', 'an', 'ian', 'ese', 'i', 'ish', 'ean'];
  for (const place of places) {
    const word = lookupForm(place);
    if (!/^\p{L}{4,}$/u.test(word)) continue;
    for (const drop of [0, 1, 2]) {
      const stem = word.slice(0, word.length - drop);
      if (stem.length < 4) continue;
      for (const suffix of suffixes) {
        demonyms.add(stem + suffix);
        demonyms.add(`${stem + suffix}s`);
      }
    }
  }
  return demonyms;
}

function calendarWords(): Set<string> {
  const found = new Set<string>();
  const weekday = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
  for (let day = 0; day < 7; day += 1) found.add(lookupForm(weekday.format(Date.UTC(2024, 0, 1 + day))));
  for (let index = 0; index < 12; index += 1) found.add(lookupForm(month.format(Date.UTC(2024, index, 1))));
  found.add('sept');
  return found;
}

interface Lexicon {
  /** Places of one or more words, in lookup form. */
  places: Set<string>;
  /** Single words that on their own never name an actor. */
  plain: Set<string>;
  calendar: Set<string>;
}

let lexicon: Lexicon | undefined;

/** Built on first use: locale data and derived forms, a few thousand entries. */
function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const countries = countryNames();
  const extra = [...EXTRA_PLACES, ...dossierPlaces()];
  const places = new Set([...countries, ...timeZoneCities(), ...extra].map(lookupForm));
  const calendar = calendarWords();
  const plain = new Set<string>([
    ...FUNCTION_WORDS,
    ...calendar,
    ...COMMON_ACRONYMS,
    ...IRREGULAR_DEMONYMS,
    ...derivedDemonyms([...countries, ...extra]),
    ...[...places].filter((place) => !place.includes(' ')),
  ]);
  lexicon = { places, plain, calendar };
  return lexicon;
}

// ---------------------------------------------------------------------------------------
// Words of a paragraph.
// ---------------------------------------------------------------------------------------

/** Initials ("U.S.", "J."), or a word with inner hyphens and apostrophes ("O’Brien", "Jean-Luc"). */
const WORD_UNIT = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/iu;
/** Arabic and similar particles written in lower case before a capitalised name: "al-Assad". */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|ibn|bin|d|o)['’-]\p{Lu}/u;

interface Unit {
  /** The word, without a possessive ending. */
  text: string;
  start: number;
  /** End of the word, without a possessive ending. */
  end: number;
  /** End including a possessive ending. */
  rawEnd: number;
  possessive: boolean;
  nameLike: boolean;
  connector: boolean;
  /** First word of a sentence or of a quotation. */
  initial: boolean;
  /** Inside a name the registry's matcher found. */
  covered: boolean;
}

function isNameLike(word: string): boolean {
  if (PARTICLE_NAME.test(word)) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  // "Russian-backed", "Trump-era": an adjective built on a name, not a name.
  return word.split('-').slice(1).every((part) => !/^\p{Ll}/u.test(part));
}

function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$/u.test(word) || /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word);
}

/** Text between two words that starts a sentence or a quotation. */
const SENTENCE_BREAK = /[.!?:;…]/;
const OPENING = /(?:^|\s)["“‘(\[]+$/;

/**
 * The words of a paragraph, in one forward pass. `covered` are the known names' ranges, in
 * text order and not overlapping (as the matcher finds them): walked alongside the words,
 * where checking every range for every word was quadratic in a paragraph of many names.
 */
function units(paragraph: string, covered: readonly (readonly [number, number])[]): Unit[] {
  const found: Unit[] = [];
  let previous: Unit | undefined;
  let nextCovered = 0;
  for (const match of paragraph.matchAll(WORD_UNIT)) {
    const raw = match[0];
    const start = match.index;
    const possessive = raw.length > 2 && POSSESSIVE.test(raw);
    const text = possessive ? raw.slice(0, -2) : raw;
    const end = start + text.length;
    // Words come in text order: ranges that end before this word end before every later one.
    while (nextCovered < covered.length && covered[nextCovered]![1] <= start) nextCovered += 1;
    const range = covered[nextCovered];
    const before = paragraph.slice(previous ? previous.rawEnd : 0, start);
    let initial: boolean;
    if (!previous) initial = true;
    else if (ABBREVIATIONS.has(lookupForm(previous.text)) || /^\p{Lu}\.$/u.test(previous.text)) initial = false;
    else initial = SENTENCE_BREAK.test(before) || OPENING.test(before) || (previous.text.endsWith('.') && FUNCTION_WORDS.has(lookupForm(text)));
    const unit: Unit = {
      text,
      start,
      end,
      rawEnd: start + raw.length,
      possessive,
      nameLike: isNameLike(text),
      connector: CONNECTORS.has(text),
      initial,
      covered: range !== undefined && start < range[1] && range[0] < end,
    };
    found.push(unit);
    previous = unit;
  }
  return found;
}

/** Words may be parted by spaces only, or by the full stop of "Mr." or "Gen.". */
function joins(paragraph: string, left: Unit, right: Unit): boolean {
  if (left.possessive) return false;
  const between = paragraph.slice(left.rawEnd, right.start);
  if (/^\s+$/.test(between)) return true;
  return /^\.\s+$/.test(between) && ABBREVIATIONS.has(lookupForm(left.text));
}

/** "and" joins only names already built with "of" or "for": "Department of Health and Human Services". */
function joinsAnd(run: readonly Unit[], hasOfOrFor: boolean): boolean {
  const last = run.at(-1);
  return last !== undefined && last.nameLike && hasOfOrFor;
}

const isOfOrFor = (unit: Unit) => unit.text === 'of' || unit.text === 'for';

/** Runs of name-like words, connectors allowed inside ("of the" only after "of" or "for"; "and" see above). */
function runs(paragraph: string, all: readonly Unit[]): Unit[][] {
  const found: Unit[][] = [];
  let current: Unit[] = [];
  // Whether `current` holds "of" or "for", kept as it grows: looking again at every "and"
  // was quadratic in a long run.
  let hasOfOrFor = false;
  const close = () => {
    while (current.length > 0 && isJoiner(current.at(-1)!)) current.pop();
    if (current.length > 0) found.push(current);
    current = [];
    hasOfOrFor = false;
  };
  for (const unit of all) {
    const last = current.at(-1);
    const canJoin =
      last !== undefined &&
      joins(paragraph, last, unit) &&
      (unit.nameLike || (unit.connector && (unit.text !== 'the' || last.connector)) || (unit.text === 'and' && joinsAnd(current, hasOfOrFor)));
    if (canJoin) {
      current.push(unit);
      hasOfOrFor ||= isOfOrFor(unit);
    } else {
      close();
      if (unit.nameLike) {
        current.push(unit);
        hasOfOrFor = isOfOrFor(unit);
      }
    }
  }
  close();
  return found;
}

// ---------------------------------------------------------------------------------------
// From runs to candidates.
// ---------------------------------------------------------------------------------------

/** What the sources as a whole say about a word's case, for sentence-initial words. */
interface CaseEvidence {
  /** Words seen capitalised away from the start of a sentence. */
  capitalisedMidSentence: Set<string>;
  /** Words seen in lower case (lookup form). */
  lowerCase: Set<string>;
}

/** One name at one place in a paragraph. */
interface Candidate {
  /** As written, white space collapsed. */
  name: string;
  words: string[];
  paragraph: number;
  /** A title was cut off before it, or a role noun or an apposition describes a person. */
  personEvidence: boolean;
  /** An apposition or the words before describe an organisation (", a company", "researchers at"). */
  organisationEvidence: boolean;
}

const ROLE_NOUNS =
  'chief of staff|spokesman|spokeswoman|spokesperson|official|officer|minister|senator|director|secretary|adviser|advisor|analyst|researcher|professor|expert|executive|chief|head|leader|founder|chairman|chairwoman|chair|president|lawyer|attorney|general|commander|ambassador|envoy|journalist|reporter|correspondent|editor|member|aide|deputy|governor|mayor|lawmaker|congressman|congresswoman|representative|diplomat|economist|scientist|engineer|author|writer|activist|veteran|candidate|judge|prosecutor|investigator|negotiator|strategist|consultant|fellow|businessman|businesswoman|billionaire|owner|ceo|colonel|captain|admiral|man|woman';
const ORGANISATION_NOUNS =
  'agency|company|firm|group|organisation|organization|body|department|ministry|unit|publication|newspaper|outlet|broadcaster|network|startup|bank|party|institute|union|alliance|service|subsidiary|platform|vendor|contractor|maker|provider|manufacturer|operator|charity|think tank';
/** Up to three words that are not prepositions: "a former White House adviser", not "a spokeswoman for the Foo Agency". */
const MODIFIERS = "(?:(?!(?:for|of|at|with|to|in|on|by)\\s)[\\p{L}’'-]+\\s+){0,3}?";
const PERSON_AFTER = new RegExp(`^,\\s+(?:who\\b|(?:a|an|the|its|his|her|their)\\s+${MODIFIERS}(?:${ROLE_NOUNS})\\b)`, 'u');
const ORGANISATION_AFTER = new RegExp(`^,\\s+(?:which\\b|(?:a|an|the|its)\\s+${MODIFIERS}(?:${ORGANISATION_NOUNS})\\b)`, 'u');
/** "analyst Jane Doe", "its chairman, Toomas Kask". */
const PERSON_BEFORE = new RegExp(`\\b(?:${ROLE_NOUNS}),?\\s+$`, 'u');
/** "the group known as Fancy Bear", "researchers at ESET". */
const ORGANISATION_BEFORE = new RegExp(
  `(?:\\b(?:${ORGANISATION_NOUNS})\\s+(?:(?:known as|called|named)\\s+)?|\\b(?:researchers|experts|analysts|engineers|employees|staff|executives|scientists)\\s+(?:at|from|with)\\s+)$`,
  'u',
);

/**
 * Non-space characters of the text before a name that PERSON_BEFORE and ORGANISATION_BEFORE
 * can read: more than their longest match ("organisation known as", "researchers from"),
 * with one to spare for the word boundary in front. Testing those `$`-anchored patterns on
 * the whole paragraph before each name was quadratic: a regex cannot start from the end.
 */
const BEFORE_REACH = 40;
const SPACE = /\s/u;

/** Where the text before `end` holds its last `reach` non-space characters (and the spaces among them). */
function tailStart(text: string, end: number, reach: number): number {
  let start = end;
  let kept = 0;
  while (start > 0 && kept <= reach) {
    start -= 1;
    if (!SPACE.test(text.charAt(start))) kept += 1;
  }
  return start;
}

function hasWordIn(candidateWords: readonly string[], set: ReadonlySet<string>): boolean {
  return candidateWords.some((word) => set.has(lookupForm(word)));
}

function isTitlePart(unit: Unit, plain: ReadonlySet<string>): boolean {
  const form = lookupForm(unit.text);
  return unit.connector || TITLE_HEADS.has(form) || TITLE_MODIFIERS.has(form) || plain.has(form);
}

/** "General" is a title only after another title word ("Attorney General"); "General Motors" is a name. */
function isTitleHead(segment: readonly Unit[], index: number, plain: ReadonlySet<string>): boolean {
  const form = lookupForm(segment[index]!.text);
  if (TITLE_HEADS.has(form)) return true;
  const previous = segment[index - 1];
  return form === 'general' && previous !== undefined && isTitlePart(previous, plain);
}

/** A title alone ("Assistant Secretary", "Ukrainian President"). */
function isTitleOnly(segment: readonly Unit[], plain: ReadonlySet<string>): boolean {
  return segment.every((unit) => isTitlePart(unit, plain)) && segment.some((_, index) => isTitleHead(segment, index, plain));
}

/**
 * Finds a title phrase followed by a name: "NATO Secretary General Mark Rutte" gives "NATO"
 * before it and "Mark Rutte" after it. Undefined when there is none.
 */
function splitAtTitle(segment: readonly Unit[], plain: ReadonlySet<string>): { before: Unit[]; after: Unit[] } | undefined {
  // From each word to the end: is there a word other than a joiner, and one naming an
  // organisation? Read once, from the end: asking at every title phrase was quadratic in a
  // long run of capitalised words.
  const nameFrom: boolean[] = new Array<boolean>(segment.length + 1).fill(false);
  const organisationFrom: boolean[] = new Array<boolean>(segment.length + 1).fill(false);
  for (let index = segment.length - 1; index >= 0; index -= 1) {
    const unit = segment[index]!;
    nameFrom[index] = nameFrom[index + 1]! || !isJoiner(unit);
    organisationFrom[index] = organisationFrom[index + 1]! || ORGANISATION_WORDS.has(lookupForm(unit.text));
  }
  for (let from = 0; from < segment.length; from += 1) {
    let hasHead = false;
    let index = from;
    for (; index < segment.length && isTitlePart(segment[index]!, plain); index += 1) {
      hasHead ||= isTitleHead(segment, index, plain);
    }
    // The whole title phrase goes: "Secretary of State Marco Rubio" → "Marco Rubio" (joiners
    // around the rest are trimmed, and are never organisation words).
    if (hasHead && nameFrom[index] && !organisationFrom[index]) {
      return { before: trimConnectors(segment.slice(0, from)), after: trimConnectors(segment.slice(index)) };
    }
    from = Math.max(from, index);
  }
  return undefined;
}

/** Words that keep "X of Y" one name even without an organisation word ("Isle of Man", "Duke of York"). */
const KEEPS_OF = wordSet('republic kingdom isle duke duchess earl prince princess church house university statue');

/**
 * "Emily Harding of the Center for…" is a person of an organisation, not one name: a
 * person-like name (two or three words, none naming an organisation, a title or a place)
 * before "of" or "for" is cut from what follows.
 */
function splitPersonOf(segment: readonly Unit[], lex: Lexicon): { person: Unit[]; rest: Unit[] } | undefined {
  const at = segment.findIndex((unit) => unit.text === 'of' || unit.text === 'for');
  if (at < 2 || at > 3) return undefined;
  const person = segment.slice(0, at);
  const forms = person.map((unit) => lookupForm(unit.text));
  const looksLikePerson =
    person.every((unit) => unit.nameLike && !isAcronym(unit.text)) &&
    forms.every((form) => !ORGANISATION_WORDS.has(form) && !TITLE_HEADS.has(form) && !TITLE_MODIFIERS.has(form) && !KEEPS_OF.has(form) && !lex.plain.has(form)) &&
    !lex.places.has(forms.join(' '));
  return looksLikePerson ? { person, rest: trimConnectors(segment.slice(at + 1)) } : undefined;
}

function isJoiner(unit: Unit): boolean {
  return unit.connector || unit.text === 'and';
}

function trimConnectors(segment: readonly Unit[]): Unit[] {
  let from = 0;
  let to = segment.length;
  while (from < to && isJoiner(segment[from]!)) from += 1;
  while (to > from && isJoiner(segment[to - 1]!)) to -= 1;
  return segment.slice(from, to);
}

/** Whether a sentence-initial word belongs to the name that follows it. */
function keepInitial(segment: readonly Unit[], evidence: CaseEvidence): boolean {
  const first = segment[0]!;
  const form = lookupForm(first.text);
  if (FUNCTION_WORDS.has(form) && !isAcronym(first.text)) return false;
  // An acronym, a word capitalised elsewhere, or a possessive ("Microsoft’s engineers"): a name.
  if (isAcronym(first.text) || first.possessive || evidence.capitalisedMidSentence.has(first.text)) return true;
  const next = segment[1];
  return next !== undefined && next.nameLike && !evidence.lowerCase.has(form);
}

function isExcluded(candidateWords: readonly string[], lex: Lexicon): boolean {
  const forms = candidateWords.map(lookupForm);
  const name = forms.join(' ').replace(/^the /, '');
  if (lex.places.has(name)) return true;
  if (forms.every((form) => lex.plain.has(form) || CONNECTORS.has(form))) return true;
  const organisation = forms.some((form) => ORGANISATION_WORDS.has(form));
  if (!organisation && PLACE_ENDINGS.has(forms.at(-1)!)) return true;
  return !organisation && forms.some((form) => EVENT_WORDS.has(form));
}

/** A stretch of a run that names one thing, with what its context says about it. */
interface Part {
  units: Unit[];
  /** A title was cut off before it, or it was cut off before "of <organisation>". */
  person: boolean;
}

/** The names in one piece of a run (a stretch with no known name in it). */
function partsOf(piece: readonly Unit[], evidence: CaseEvidence, lex: Lexicon): Part[] {
  let segment = trimConnectors(piece);
  if (segment.length > 0 && segment[0]!.initial && !keepInitial(segment, evidence)) segment = trimConnectors(segment.slice(1));
  // Leading days and months go, with the joiners after each, cut once at the end.
  let from = 0;
  while (from < segment.length && lex.calendar.has(lookupForm(segment[from]!.text))) {
    from += 1;
    while (from < segment.length && isJoiner(segment[from]!)) from += 1;
  }
  if (from > 0) segment = trimConnectors(segment.slice(from));
  if (segment.length === 0 || isTitleOnly(segment, lex.plain)) return [];
  const titled = splitAtTitle(segment, lex.plain);
  const parts: Part[] = titled
    ? [{ units: titled.before, person: false }, { units: titled.after, person: true }]
    : [{ units: segment, person: false }];
  return parts.flatMap((part) => {
    const split = splitPersonOf(part.units, lex);
    return split ? [{ units: split.person, person: true }, { units: split.rest, person: false }] : [part];
  }).filter((part) => part.units.length > 0 && !isTitleOnly(part.units, lex.plain));
}

function candidatesIn(
  paragraph: string,
  paragraphNumber: number,
  matcher: Pick<NameMatcher, 'find'>,
  evidence: CaseEvidence,
  lex: Lexicon,
): Candidate[] {
  const found: Candidate[] = [];
  for (const run of runs(paragraph, units(paragraph, knownSpans(paragraph, matcher)))) {
    // Cut around known names.
    let from = 0;
    while (from < run.length) {
      if (run[from]!.covered) {
        from += 1;
        continue;
      }
      let to = from;
      while (to < run.length && !run[to]!.covered) to += 1;
      const piece = run.slice(from, to);
      const knownBefore = from > 0;
      const knownAfter = to < run.length;
      from = to;
      for (const part of partsOf(piece, evidence, lex)) {
        const first = part.units[0]!;
        const last = part.units.at(-1)!;
        const candidateWords = part.units.map((unit) => unit.text);
        // A lone word beside a known name is a fragment of it: "Trump Tower" → "Tower".
        const besideKnown = (knownBefore && first === piece[0]) || (knownAfter && last === piece.at(-1));
        if (besideKnown && part.units.length === 1 && !isAcronym(first.text)) continue;
        if (isExcluded(candidateWords, lex)) continue;
        const after = paragraph.slice(last.rawEnd);
        const before = paragraph.slice(tailStart(paragraph, first.start, BEFORE_REACH), first.start);
        const personAfter = PERSON_AFTER.test(after);
        found.push({
          name: paragraph.slice(first.start, last.end).replace(/\s+/g, ' '),
          words: candidateWords,
          paragraph: paragraphNumber,
          personEvidence: part.person || personAfter || PERSON_BEFORE.test(before),
          organisationEvidence: !personAfter && (ORGANISATION_AFTER.test(after) || ORGANISATION_BEFORE.test(before)),
        });
      }
    }
  }
  return found;
}

/** Character ranges of the registry's names, a possessive ending included. */
function knownSpans(paragraph: string, matcher: Pick<NameMatcher, 'find'>): [number, number][] {
  return matcher.find(paragraph).map((match) => [match.start, match.possessive ? match.end + 2 : match.end]);
}

function caseEvidence(sources: ReadonlyArray<SourceText>): CaseEvidence {
  const evidence: CaseEvidence = { capitalisedMidSentence: new Set(), lowerCase: new Set() };
  for (const source of sources) {
    for (const paragraph of source.paragraphs) {
      for (const unit of units(paragraph, [])) {
        if (unit.nameLike && !unit.initial) evidence.capitalisedMidSentence.add(unit.text);
        if (/^\p{Ll}/u.test(unit.text)) evidence.lowerCase.add(lookupForm(unit.text));
      }
    }
  }
  return evidence;
}

// ---------------------------------------------------------------------------------------
// Grouping and kinds.
// ---------------------------------------------------------------------------------------

/** Every candidate that is one name. */
interface Group {
  /** How often each written form occurs; the most frequent is shown. */
  forms: Map<string, number>;
  words: string[];
  occurrences: { source: number; slug: string; paragraph: number }[];
  personEvidence: boolean;
  organisationEvidence: boolean;
}

/** A word of a personal name: "Jane", "O’Brien", "Jean-Luc", "Q.", "bin", "al-Assad". */
const PERSONAL_NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.|\p{Lu}\p{Ll}\p{Lu}\p{Ll}+|[\p{Ll}]{1,4}|\p{Ll}+-\p{Lu}\p{Ll}+)$/u;

/** "The Foo Group" and "Foo Group" are one name. */
function groupKey(name: string): string {
  return name.replace(/^the\s+/i, '').replace(/’/g, "'");
}

/** Words of the name first (they do not change with the sentence), then the context. */
function kindOf(group: Group): UnknownNameKind {
  const singleAcronym = group.words.length === 1 && isAcronym(group.words[0]!);
  if (hasWordIn(group.words, ORGANISATION_WORDS) || singleAcronym) return 'organisation';
  if (group.personEvidence) return 'person';
  return group.organisationEvidence ? 'organisation' : 'unknown';
}

/**
 * Names in the sources that the matcher (built from the actor and outlet registry) does not
 * find, each with its likely kind and the paragraphs it appears in; most frequent first,
 * then by name.
 */
export function proposeUnknownNames(sources: ReadonlyArray<SourceText>, matcher: Pick<NameMatcher, 'find'>): UnknownName[] {
  const lex = getLexicon();
  const evidence = caseEvidence(sources);
  const groups = new Map<string, Group>();

  /** A surname standing for a full name counts as an occurrence, not as a way to write the name. */
  const add = (candidate: Candidate, sourceIndex: number, slug: string, key: string, surname = false) => {
    let group = groups.get(key);
    if (!group) {
      group = { forms: new Map(), words: candidate.words, occurrences: [], personEvidence: false, organisationEvidence: false };
      groups.set(key, group);
    }
    if (!surname) group.forms.set(candidate.name, (group.forms.get(candidate.name) ?? 0) + 1);
    group.occurrences.push({ source: sourceIndex, slug, paragraph: candidate.paragraph });
    group.personEvidence ||= candidate.personEvidence;
    group.organisationEvidence ||= candidate.organisationEvidence;
  };

  sources.forEach((source, sourceIndex) => {
    const candidates = source.paragraphs.flatMap((paragraph, index) => candidatesIn(paragraph, index + 1, matcher, evidence, lex));
    // A surname alone ("Doe said") is the full name used earlier in the same source, when only one full name ends with it.
    const fullNames = new Map<string, Set<string>>();
    for (const candidate of candidates) {
      if (candidate.words.length < 2 || candidate.words[0] === 'The') continue;
      const lastWord = candidate.words.at(-1)!;
      const keys = fullNames.get(lastWord) ?? new Set<string>();
      keys.add(groupKey(candidate.name));
      fullNames.set(lastWord, keys);
    }
    const surnames: { candidate: Candidate; key: string }[] = [];
    for (const candidate of candidates) {
      const only = candidate.words.length === 1 ? fullNames.get(candidate.words[0]!) : undefined;
      const [key] = only?.size === 1 ? only : [];
      if (key === undefined) add(candidate, sourceIndex, source.slug, groupKey(candidate.name));
      else surnames.push({ candidate, key });
    }
    // After the full names, so each group takes its words from a full name. A surname used
    // alone says "person" only when the full name is shaped like one ("Jane Q. Doe", not "GitHub Pages").
    for (const { candidate, key } of surnames) {
      const full = groups.get(key)?.words ?? [];
      const personEvidence = full.length <= 4 && full.every((word) => PERSONAL_NAME_WORD.test(word)) && !hasWordIn(full, ORGANISATION_WORDS);
      add({ ...candidate, personEvidence }, sourceIndex, source.slug, key, true);
    }
  });

  const names = [...groups.values()].map((group): UnknownName => {
    const seen = new Set<string>();
    const occurrences = group.occurrences
      .toSorted((a, b) => a.source - b.source || a.paragraph - b.paragraph)
      .filter(({ slug, paragraph }) => {
        const id = `${slug}\u0000${paragraph}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      })
      .map(({ slug, paragraph }) => ({ slug, paragraph }));
    return { name: preferredForm(group), kind: kindOf(group), occurrences };
  });
  return names.toSorted((a, b) => b.occurrences.length - a.occurrences.length || compareText(a.name, b.name));
}

/** The form written most often; among equals, the longest ("The Foo Group" over "Foo Group"), then the first in code order. */
function preferredForm(group: Group): string {
  return [...group.forms.entries()].toSorted(([a, countA], [b, countB]) => countB - countA || b.length - a.length || compareText(a, b))[0]![0];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The report as lines of text: a heading and one line per name with the paragraphs it
 * appears in, or one line saying every name is covered.
 */
export function formatUnknownNames(names: readonly UnknownName[]): string[] {
  if (names.length === 0) return ['Every name in the sources is covered by an actor or outlet.'];
  return [
    'Names no actor covers (add them to content/actors/ if they act in the events):',
    ...names.map((name) => {
      const bySource = new Map<string, number[]>();
      for (const { slug, paragraph } of name.occurrences) {
        const list = bySource.get(slug);
        if (list) list.push(paragraph);
        else bySource.set(slug, [paragraph]);
      }
      const where = [...bySource.entries()].map(([slug, paragraphs]) => `${slug} ${paragraphs.map((p) => `¶${p}`).join(', ')}`);
      return `  ${name.name} (${name.kind}) — ${where.join('; ')}`;
    }),
  ];
}
