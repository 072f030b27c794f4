/**
 * Correct English for the cleaner to leave alone: news-style paragraphs written for these
 * tests, and the project's own prose (content/pages and content/actors). Shared by
 * `clean-english.test.ts` (the cleaner must change nothing) and `lexicon.test.ts` (no
 * `when: always` form may occur in correct English).
 *
 * The paragraphs deliberately use, correctly, many words the lexicons list as damage
 * ("cyber warfare", "police officers said", "instructed staff to leave", "in opposition to
 * the bill", "the final month of the season"…), typographic quotation marks and
 * apostrophes (as a cleaned source has them), numbers, camel-case brand names, acronyms
 * written the same way throughout, British and American spellings, and dashes. None of
 * them contains a lexicon marker, so no gate may open.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLEAN_NEWS } from '../../../../scripts/bench/restore/clean-news.ts';

/** Correct, news-style English written for these tests. */
export const CLEAN_PARAGRAPHS: readonly string[] = [
  // Politics
  'The prime minister said on Tuesday that the government would press ahead with the bill, despite growing unease among its own backbenchers. “We were elected to deliver, and we will deliver,” she told MPs.',
  'Labour MPs voted in opposition to the bill at its second reading, arguing that it would weaken protections for renters. The government won the vote by 312 to 251.',
  'However, the minister said the plans would be reviewed before the summer recess. She added that ministers had had “frank and constructive” talks with the opposition.',
  'The Defence Minister, speaking in London, confirmed that 1,000 troops would be sent to Estonia as part of a NATO rotation. The Ministry of Defence said the deployment would last six months.',
  'Armenia’s National Security Service said it had detained two men suspected of spying. The agency gave no further details, and neither man has been named.',
  'Senators spent the final month of the session negotiating the budget. The stated aim of the package is to cut the deficit by $1.2 trillion over a decade.',
  'The mayor of Walla Walla, Washington, said the city council would meet again within the next hour to decide whether to close the schools.',
  'The president mentioned the economy only briefly in his speech, but aides acknowledged that inflation, now at 3.5%, remains the public’s chief concern.',
  'In a press release issued on Monday, the campaign said it had raised £2.4m in the first quarter, more than any rival.',
  'The division of labour between the two parties in the coalition has never been clearly set out, and the arrangement has strained relations within the cabinet.',
  // Courts
  'Additionally, the court ruled that the evidence had been obtained lawfully. The judge said the defendant would be sentenced in March.',
  'The case was brought under the Internal Security Act, which critics say gives the police sweeping powers of detention without trial.',
  'Police officers said they were called to the property shortly after 10:30pm. Two men, aged 24 and 31, were arrested on suspicion of assault.',
  'The judge heard that the defendant had been charged with three counts of fraud and two assaults on police officers during his arrest.',
  'The file was corrupted before it could be submitted as evidence, the prosecution told the court, and a copy had to be recovered from a backup.',
  'Lawyers for the family said they would appeal against the decision. “This is not the end of the road,” said their solicitor, Aoife McLaughlin.',
  'The Supreme Court agreed to hear the case, which concerns the limits of executive power during a national emergency.',
  // Sport
  'The transfer window closes on Friday, and the club’s manager said he expected “one, maybe two” new signings before the deadline.',
  'Coverage of the match drew an audience of 7.3 million, the broadcaster said, its largest for a league game in a decade.',
  'The striker scored twice in the final month of the season to secure the title. Her side finished eight points clear at the top of the table.',
  'The team’s doctor checked the player’s vital signs on the pitch before he was carried off on a stretcher. The club later said he was stable.',
  'Organisers said ticket sales for the tournament were greater than expected, with 94% of seats sold a month before the opening game.',
  'The marathon was brought forward by an hour because of the heat. Runners finished earlier than expected, and no one needed hospital treatment.',
  'UEFA said it would open an investigation into crowd trouble at the match, which was halted for 12 minutes in the second half.',
  // Science
  'Researchers at the university used a new method to measure the age of the ice, drilling cores more than 3,000 metres deep.',
  'The findings, published in the journal Nature, suggest that the glacier is melting faster than models had predicted. “The problem is the speed,” said Dr Priya Raman, who led the study.',
  'NASA said the probe had entered orbit around Jupiter after a journey of almost five years. The mission is expected to return data until 2028.',
  'The vaccine trial enrolled 30,000 volunteers across 14 countries. The latest figures show an efficacy of 91.2%, the company said.',
  'Scientists warned that the drought would affect crops throughout the country, and that the power grid would come under strain as demand for cooling rose.',
  'The team published its information on a public website so that other researchers could check the results, a practice that is becoming more common.',
  // Business and technology
  'Apple said sales of the iPhone rose 6% in the quarter, while revenue from services, including the App Store, reached a record $26.3bn.',
  'Shares in eBay fell sharply after the company cut its forecast. Its chief executive said the business remained “fundamentally sound”.',
  'YouTube said it would remove videos that promote the scam, which has been spreading on other platforms for weeks.',
  'The update for macOS fixes a security flaw that could allow an attacker to take control of a computer, the company said.',
  'TechCrunch first reported the layoffs, which affect about 1,200 employees, or roughly 8% of the workforce.',
  'The retailer offers free delivery on orders over £50, and said it would add 500 jobs at its warehouse in Leeds before Christmas.',
  'The airline blamed the delays on a technical fault at the check-in desk, which left hundreds of passengers queueing for hours.',
  'The bank’s chief executive instructed staff to leave the building after the alarm was raised. No one was hurt, and the branch reopened the next day.',
  'Investors said a whole lot of uncertainty remained over interest rates. The Bank of England is expected to hold rates at 4.25% next month.',
  'The company said it had acquired the start-up for an undisclosed sum, in a deal that will place it among the largest suppliers in Europe.',
  'Analysts said the group’s profits were greater than expected, helped by strong demand in Asia and a weaker dollar.',
  // Security
  'Experts say cyber warfare has become a central part of modern conflict, and that governments are spending more on defence against it.',
  'CISA said it had issued an emergency directive ordering federal agencies to patch the flaw within 48 hours. CISA officials did not say how many systems were affected.',
  'The FBI said it had seized servers used by the ransomware gang and recovered about $2.3m in cryptocurrency.',
  'Security at the summit was tight, with 6,000 police officers on duty and roads closed across the city centre.',
  'Piracy on the high seas off the Horn of Africa has fallen sharply since international navies began patrolling the area.',
  'The Guardian newspaper reported that the documents had been shared with several foreign governments.',
  'Defence officials said the country’s armed forces had been placed on high alert after the missile test — the third this year.',
  'The organisation’s director said the group had no connection with the attackers. “We condemn violence of every kind,” he said.',
  // Found by running the general cleaner over ordinary prose (the clean-file command's tests).
  'The Environmental Protection Secretary said the new limits would take effect in the spring.',
  'Third-class passengers travelling in steerage had little chance. Those who got here earlier than others fared better. Officers said the final count was lower.',
  'The band, formed in the ’90s, still plays rock ’n’ roll to packed halls.',
  'Typing git -v in a terminal prints the version, and ls -la lists every file.',
  // Issue 15: 175 more paragraphs of news English, shared with the restoration benchmark.
  ...CLEAN_NEWS,
];

/** A piece of correct English the cleaner changes today, with the bug it shows. */
export interface KnownDamage {
  /** Short name for the test title. */
  name: string;
  /** Correct English. */
  text: string;
  /** What goes wrong, and where. */
  bug: string;
}

/**
 * Correct English the cleaner damages. Kept out of CLEAN_PARAGRAPHS so the corpus test
 * stays a guard; each is exercised by an `it.fails` in clean-english.test.ts.
 */
export const KNOWN_DAMAGE: readonly KnownDamage[] = [
  {
    name: '"steerage" in its own sense (a ship’s cheapest class)',
    text: 'Most of the steerage passengers were Irish emigrants bound for New York.',
    bug: 'spinner.yaml `steerage` is `when: always`, so it becomes "guidance" in any text.',
  },
  {
    name: '"got here earlier than" in its plain sense',
    text: '“We got here earlier than the other teams,” the coach said.',
    bug: 'spinner.yaml `got here earlier than` is `when: always`: "We came before the other teams".',
  },
  {
    name: 'a lower-case "white home" (a house painted white)',
    text: 'The couple bought a small white home near the harbour in 2019.',
    bug: 'spinner.yaml `White Home` matches case-insensitively: "a small White House".',
  },
  {
    name: '"related press conferences"',
    text: 'Officials held two related press conferences on Friday.',
    bug: 'spinner.yaml `Related Press` matches case-insensitively: "two Associated Press conferences".',
  },
  {
    name: '"the barriers Washington put up"',
    text: 'The trade barriers Washington put up in 2018 are still in place.',
    bug: 'spinner.yaml `Washington Put up` matches the verb "put up": "the trade barriers Washington Post in 2018".',
  },
  {
    name: 'the US House title "minority chief deputy whip"',
    text: 'She served as the minority chief deputy whip before retiring from Congress.',
    bug: 'spinner.yaml `minority chief` is `when: always`: "the minority leader deputy whip".',
  },
  {
    name: '"touch upon the problem" in its plain sense',
    text: 'The report does not touch upon the problem of rural housing at all.',
    bug: 'spinner.yaml `touch upon the problem` is `when: always`: "does not comment on the issue of rural housing".',
  },
  {
    name: 'the airline easyJet',
    text: 'easyJet said it would add 20 routes from Gatwick next summer.',
    bug: 'split-fused-words.ts splits a lower-case run of 3+ letters before a capital: "easy Jet".',
  },
  {
    name: 'the news site openDemocracy',
    text: 'The investigation was published by openDemocracy on Monday.',
    bug: 'split-fused-words.ts: "open Democracy".',
  },
  {
    name: '"gave in in the end" (phrasal verb then preposition)',
    text: 'The union gave in in the end, accepting a 4% rise.',
    bug: 'remove-repeated-words.ts (retext-repeated-words) removes the second "in": "gave in the end".',
  },
  {
    name: '"went on on Friday"',
    text: 'The talks went on on Friday, after a break of two days.',
    bug: 'remove-repeated-words.ts removes the second "on": "went on Friday".',
  },
  {
    name: '"What it is is …"',
    text: 'What it is is a scandal, and nobody in government will say so.',
    bug: 'remove-repeated-words.ts removes the second "is".',
  },
  {
    name: '".NET" after a space',
    text: 'The flaw affects applications built on Microsoft’s .NET framework.',
    bug: 'normalise-punctuation.ts `space-before` removes the space before a full stop that starts a word: "Microsoft’s.NET".',
  },
  {
    name: '"WHO" the agency and "Who" starting a question',
    text: 'The WHO said the outbreak was over. Who will pay for the next one?',
    bug: 'normalise-acronyms.ts turns the question word "Who" into "WHO".',
  },
  {
    name: '"NICE" the regulator and "Nice" the city',
    text: 'NICE approved the drug on Tuesday. Doctors in Nice said it was already in use in France.',
    bug: 'normalise-acronyms.ts turns the city "Nice" into "NICE".',
  },
  {
    name: 'an all-caps slogan inside a mixed-case paragraph',
    text: 'Protesters chanted “STOP THE STEAL” outside the building. The crowd dispersed at dusk.',
    bug: 'normalise-acronyms.ts takes "THE" from the slogan as an acronym and writes "THE crowd".',
  },
];

/** A clean paragraph with exactly two correct-English uses of marker forms: enough to open the spinner gate. */
export const TWO_CORRECT_MARKERS =
  '“If you happen to be in London, come along,” she said. The minister declined to remark on the leak, and officers said the hearing would go ahead in opposition to his wishes.';

const CONTENT = fileURLToPath(new URL('../../../../content/', import.meta.url));

/** The site's Markdown uses straight marks (SmartyPants curls them at render); curl them the same way. */
export function curlStraightQuotes(text: string): string {
  return text
    .replace(/(^|[\s([—–-])"/gu, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([—–-])'/gu, '$1‘')
    .replace(/'/g, '’');
}

/** Markdown prose → the plain text a reader sees: links, emphasis, code marks and list markers removed. */
export function plainProse(line: string): string {
  return curlStraightQuotes(
    line
      .replace(/^(?:\d+\.|[-*])\s+/, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/\*([^*]+)\*/g, '$1')
      .replace(/`([^`]+)`/g, '$1'),
  );
}

function bodyOf(markdown: string): string {
  return markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

/** A paragraph (or list item) of the project's own prose, with the file it came from. */
export interface ProseParagraph {
  file: string;
  text: string;
}

/** Every paragraph and list item of content/pages/*.md and content/actors/*.md, headings left out. */
export function projectProse(): ProseParagraph[] {
  const paragraphs: ProseParagraph[] = [];
  for (const folder of ['pages', 'actors']) {
    const dir = join(CONTENT, folder);
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.md')).sort()) {
      const body = bodyOf(readFileSync(join(dir, name), 'utf8'));
      for (const line of body.split(/\r?\n/)) {
        if (line.trim() === '' || line.startsWith('#')) continue;
        paragraphs.push({ file: `content/${folder}/${name}`, text: plainProse(line.trim()) });
      }
    }
  }
  return paragraphs;
}
