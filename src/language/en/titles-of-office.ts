/**
 * English titles of office, ranks and honorifics that stand before a person's name
 * ("Foreign Minister", "Gen.", "Mr."), and the words that qualify them ("Deputy", "Acting"):
 * a closed class, declared once. The report of unknown names reads them as the sign of a
 * person's name; quotation attribution (src/attribution/) as the start of a speaker's name as
 * the text writes it ("Rep. Dana Whitfield").
 */
import { TITLE_ABBREVIATIONS } from './abbreviations.ts';

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Words that name a position, a rank or an honorific (abbreviations included, without their stop). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  ...words(`
  president vice-president president-elect secretary secretary-general minister premier chancellor
  senator congressman congresswoman representative governor mayor ambassador envoy
  admiral colonel lieutenant captain sergeant commander director chief major marshal corporal
  ensign commodore
  chair chairman chairwoman chairperson commissioner spokesman spokeswoman spokesperson adviser
  advisor attorney judge miss professor sir dame lord lady king queen prince
  princess pope sheikh emir sultan ayatollah speaker leader officer ceo founder deputy
`),
  ...TITLE_ABBREVIATIONS,
]);

/** Words that are a title only after another title word: "Attorney General", "Secretary General" ("General Motors" is a name). */
export const TITLE_HEADS_AFTER_TITLE: ReadonlySet<string> = words('general');

/** Words that qualify a title ("Foreign Minister", "Secretary of State", "Senate Majority Leader"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = words(`
  vice prime deputy assistant under acting former first senior special chief executive foreign
  defence defense home interior justice state national security homeland press majority minority
  supreme inspector surgeon general cyber intelligence energy finance treasury trade health
  education commerce agriculture transportation labor labour army navy air force joint top high
  principal managing white house opposition parliamentary senate democratic republican democrat
  party public crown brigadier rear field staff petty warrant lance
`);
