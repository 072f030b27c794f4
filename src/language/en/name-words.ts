/**
 * The English words the report of unknown names reads to tell a name from the capitalised
 * words around it, and to tell what a name names. All lower case; dots are removed before
 * lookup ("U.S." is "us").
 */
const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/**
 * Words that start sentences without naming anything, beyond those the Brown corpus tags as
 * function words, adverbs or numbers (corpus-words.ts): it tags these as adjectives, nouns
 * or verbs ("Following the talks", "Hundreds of", "Asked whether"), yet at the start of a
 * sentence they never begin a name.
 */
export const OTHER_SENTENCE_STARTERS: ReadonlySet<string> = words(`
  such earlier following overall let please yes asked told said speaking writing hundreds
  thousands millions billions dozens tens
`);

/** Lower-case words that may join the capitalised words of one name. */
export const CONNECTORS: ReadonlySet<string> = words('of for the de del della der den des di da du do dos das la le van von bin ibn al y');
/** Connectors that end a person's name before an organisation ("Jane Doe of the Foo Institute"). */
export const OF_WORDS: ReadonlySet<string> = words('of for');
/** Conjunctions inside names ("Department of Health and Human Services"). */
export const CONJUNCTIONS: ReadonlySet<string> = words('and');
/** The article ("The Foo Group", "Bank of the West"). */
export const ARTICLES: ReadonlySet<string> = words('the');

/** Words that make a name an organisation. */
export const ORGANISATION_WORDS: ReadonlySet<string> = words(`
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
export const EVENT_WORDS: ReadonlySet<string> = words(`
  war wars olympics games cup day christmas easter ramadan hanukkah thanksgiving halloween eid
  revolution uprising invasion crisis election elections summit act acts bill law treaty accord
  accords agreement order directive doctrine operation protocol charter amendment memorandum
  strategy award prize
`);

/** Last words that make a name a place ("Black Sea", "Silicon Valley", "Downing Street"). */
export const PLACE_ENDINGS: ReadonlySet<string> = words(`
  sea seas ocean river mountains mountain island islands bay gulf strait straits valley peninsula
  lake desert region province oblast county street avenue square airport district coast canal hill
  hills plain plains basin
`);

/** Acronyms that are common words, not names. */
export const COMMON_ACRONYMS: ReadonlySet<string> = words(`
  ai tv ceo cfo cto coo gdp pm am ok id faq pdf url vpn usb gps dna bc ad ce bce est gmt utc et pt
  ii iii iv v vi vii viii ix x xi xii
`);

/** Words that keep "X of Y" one name even without an organisation word ("Isle of Man", "Duke of York"). */
export const KEEPS_OF: ReadonlySet<string> = words('republic kingdom isle duke duchess earl prince princess church house university statue');

/** Nouns that describe a person in an apposition or before a name ("a spokeswoman", "analyst Jane Doe"). */
const ROLE_NOUNS =
  'chief of staff|spokesman|spokeswoman|spokesperson|official|officer|minister|senator|director|secretary|adviser|advisor|analyst|researcher|professor|expert|executive|chief|head|leader|founder|chairman|chairwoman|chair|president|lawyer|attorney|general|commander|ambassador|envoy|journalist|reporter|correspondent|editor|member|aide|deputy|governor|mayor|lawmaker|congressman|congresswoman|representative|diplomat|economist|scientist|engineer|author|writer|activist|veteran|candidate|judge|prosecutor|investigator|negotiator|strategist|consultant|fellow|businessman|businesswoman|billionaire|owner|ceo|colonel|captain|admiral|man|woman';
/** Nouns that describe an organisation ("a company", "the group"). */
const ORGANISATION_NOUNS =
  'agency|company|firm|group|organisation|organization|body|department|ministry|unit|publication|newspaper|outlet|broadcaster|network|startup|bank|party|institute|union|alliance|service|subsidiary|platform|vendor|contractor|maker|provider|manufacturer|operator|charity|think tank';
/** Up to three words that are not prepositions: "a former White House adviser", not "a spokeswoman for the Foo Agency". */
const MODIFIERS = "(?:(?!(?:for|of|at|with|to|in|on|by)\\s)[\\p{L}’'-]+\\s+){0,3}?";
/** ", who …", ", a former White House adviser". */
export const PERSON_AFTER = new RegExp(`^,\\s+(?:who\\b|(?:a|an|the|its|his|her|their)\\s+${MODIFIERS}(?:${ROLE_NOUNS})\\b)`, 'u');
/** ", which …", ", a cybersecurity company". */
export const ORGANISATION_AFTER = new RegExp(`^,\\s+(?:which\\b|(?:a|an|the|its)\\s+${MODIFIERS}(?:${ORGANISATION_NOUNS})\\b)`, 'u');
/** "analyst Jane Doe", "its chairman, Toomas Kask". */
export const PERSON_BEFORE = new RegExp(`\\b(?:${ROLE_NOUNS}),?\\s+$`, 'u');
/** "the group known as Fancy Bear", "researchers at ESET". */
export const ORGANISATION_BEFORE = new RegExp(
  `(?:\\b(?:${ORGANISATION_NOUNS})\\s+(?:(?:known as|called|named)\\s+)?|\\b(?:researchers|experts|analysts|engineers|employees|staff|executives|scientists)\\s+(?:at|from|with)\\s+)$`,
  'u',
);
/**
 * Non-space characters of the text before a name that PERSON_BEFORE and ORGANISATION_BEFORE
 * can read: more than their longest match ("organisation known as", "researchers from"),
 * with one to spare for the word boundary in front. Testing those `$`-anchored patterns on
 * the whole paragraph before each name was quadratic: a regex cannot start from the end.
 */
export const BEFORE_REACH = 40;

/** The possessive ending of a word ("Doe's"). */
export const POSSESSIVE = /['’]s$/iu;
/** Arabic and similar particles written in lower case before a capitalised name: "al-Assad". */
export const PARTICLE_NAME = /^(?:al|el|ad|as|ash|ibn|bin|d|o)['’-]\p{Lu}/u;
