/**
 * Places, nationalities, days and months in English: capitalised, but not actors. Countries,
 * day and month names come from the runtime's own locale data (`Intl`), which is complete
 * and needs no list here; cities come from the time-zone database plus a short list of
 * capitals and places in the news; demonyms are derived from country names ("Ukraine" →
 * "Ukrainian") plus the irregular ones ("French", "Dutch"). All in lookup form.
 */
import { lookupForm } from '../lookup-form.ts';

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Nationalities and similar adjectives that do not follow from a country's name. */
const IRREGULAR_DEMONYMS = words(`
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

/** Places the locale data lacks: regions, landmarks, cities in the news, US states. */
const EXTRA_PLACES = [
  'America', 'Americas', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'Turkey', 'Czech Republic', 'Burma', 'Ivory Coast', 'Holland', 'Korea', 'Congo', 'Macedonia',
  'Palestine', 'Tibet', 'Chechnya', 'Dagestan', 'Siberia', 'Kashmir', 'Xinjiang', 'Transnistria',
  'Abkhazia', 'South Ossetia', 'Kaliningrad', 'Belgorod', 'Kursk', 'Zaporizhzhia', 'Kherson',
  'Donetsk', 'Luhansk', 'Crimea', 'Donbas', 'Donbass', 'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa',
  'Lviv', 'Mariupol', 'Bakhmut', 'Europe', 'Asia', 'Africa', 'Oceania', 'Arctic', 'Antarctic',
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

/** Day and month names, from the locale data, and "sept". */
function calendarWords(): Set<string> {
  const found = new Set<string>();
  const weekday = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
  for (let day = 0; day < 7; day += 1) found.add(lookupForm(weekday.format(Date.UTC(2024, 0, 1 + day))));
  for (let index = 0; index < 12; index += 1) found.add(lookupForm(month.format(Date.UTC(2024, index, 1))));
  found.add('sept');
  return found;
}

/** What the name reader needs to know about places, built once (a few thousand entries). */
export interface PlaceWords {
  /** Places of one or more words. */
  places: ReadonlySet<string>;
  /** Nationalities and similar adjectives. */
  demonyms: ReadonlySet<string>;
  /** Day and month names. */
  calendar: ReadonlySet<string>;
}

export function placeWords(): PlaceWords {
  const countries = countryNames();
  const places = new Set([...countries, ...timeZoneCities(), ...EXTRA_PLACES].map(lookupForm));
  const demonyms = new Set([...IRREGULAR_DEMONYMS, ...derivedDemonyms([...countries, ...EXTRA_PLACES])]);
  return { places, demonyms, calendar: calendarWords() };
}
