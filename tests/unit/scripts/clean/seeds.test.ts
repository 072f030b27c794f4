/**
 * The two seeds, end to end: cleaned with their sidecars exactly as the content build
 * cleans them (scripts/content/plan-content.ts: declared damage limited to the kinds the
 * gates know, and the sidecar's corrections and uncertain passages), then checked for the
 * damage a reader of the raw copy can see.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wordingDamageOf } from '../../../../src/schemas/damage-kinds.ts';
import { cleanArticle, type CleanedArticle } from '../../../../scripts/clean/pipeline.ts';
import { parseYaml, validateYaml } from '../../../../src/files/parse-yaml.ts';
import { seedMetadataSchema, type SeedMetadata } from '../../../../src/schemas/seed-metadata.ts';

const SEEDS = fileURLToPath(new URL('../../../../seeds/', import.meta.url));

interface CleanedSeed {
  meta: SeedMetadata;
  raw: string;
  cleaned: CleanedArticle;
  /** Headline and paragraphs, as a reader sees them. */
  text: string;
}

function cleanSeed(name: string): CleanedSeed {
  const sidecar = `seeds/${name}.yaml`;
  const meta = validateYaml(parseYaml(readFileSync(`${SEEDS}${name}.yaml`, 'utf8'), sidecar), seedMetadataSchema, sidecar);
  const raw = readFileSync(`${SEEDS}${name}.txt`, 'utf8');
  const declaredDamage = wordingDamageOf(meta.damage);
  const cleaned = cleanArticle(raw, `seeds/${name}.txt`, {
    declaredDamage,
    corrections: { corrections: meta.corrections, uncertain: meta.uncertain },
  });
  const text = [...(cleaned.headline === undefined ? [] : [cleaned.headline]), ...cleaned.paragraphs].join('\n\n');
  return { meta, raw, cleaned, text };
}

/** Spans of “…” quotation in a text (an unclosed one runs to the end), found independently of the cleaner. */
function inQuotation(text: string, start: number, end: number): boolean {
  let open: number | undefined;
  const spans: Array<[number, number]> = [];
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '“' && open === undefined) open = index;
    else if (text[index] === '”' && open !== undefined) {
      spans.push([open, index + 1]);
      open = undefined;
    }
  }
  if (open !== undefined) spans.push([open, text.length]);
  return spans.some(([from, to]) => start < to && end > from);
}

/**
 * For each lexicon or acronym change whose `before` occurs exactly once in its raw
 * paragraph, whether the raw text puts it inside a quotation, against what was recorded.
 */
function quotationChecks(seed: CleanedSeed) {
  return seed.cleaned.changes
    .filter((change) => /^(?:spinner|machine-translation)\/|^typography\/acronym-case$/.test(change.ruleId))
    .flatMap((change) => {
      const raw = (seed.cleaned.rawParagraphs[change.rawParagraph - 1] ?? '').replace(/\n/g, ' ');
      const first = raw.indexOf(change.before);
      if (first === -1 || raw.indexOf(change.before, first + 1) !== -1) return [];
      return [{ before: change.before, recorded: change.inQuotation, expected: inQuotation(raw, first, first + change.before.length) }];
    });
}

function expectAbsent(text: string, forms: readonly string[], caseSensitive: readonly string[] = []) {
  const left = [
    ...forms.filter((form) => text.toLowerCase().includes(form.toLowerCase())),
    ...caseSensitive.filter((form) => text.includes(form)),
  ];
  expect(left, 'damaged forms left in the cleaned text').toEqual([]);
}

describe('seed 004 (BBC, spun, scraped with a comment form)', () => {
  const seed = cleanSeed('004_bd6e33f06cb5aaa0');

  it('has its headline, restored, and printed once', () => {
    expect(seed.cleaned.headline).toBe('Hegseth orders pause in offensive US cyber operations against Russia');
    expect(seed.raw.split('Hegseth orders pause in offensive US cyber operations in opposition to Russia')).toHaveLength(3);
    expect(seed.cleaned.paragraphs).not.toContain(seed.cleaned.headline);
    expect(seed.cleaned.paragraphs[0]).toMatch(/^US President Donald Trump’s administration is pausing/);
  });

  it('leaves none of the spinner’s swaps, the template residue or the comment form', () => {
    expectAbsent(seed.text, [
      'White Home',
      'Nationwide Safety',
      'New York Occasions',
      'in opposition to',
      'warfare',
      'officers say',
      'instructed',
      'steerage',
      'enviornment',
      '{that a}',
      'final month',
      'Oval Workplace',
      'CBS Information',
      'The File',
      'Leave a Reply',
      'Your email address will not be published',
    ]);
  });

  it('reads as the BBC wrote it where the damage is certain', () => {
    const text = seed.text;
    for (const phrase of [
      'pausing its offensive cyber operations against Russia, officials say',
      'continues to end the war in Ukraine',
      'at the White House on Friday',
      'in the Oval Office',
      'in new guidance to US Cyber Command, officials told the BBC’s US partner CBS News',
      'according to The Record, a cybersecurity publication',
      'National Security Adviser Mike Waltz denied that a policy change',
      'who last month met their Russian counterparts',
      'In a statement to the New York Times',
      'the Senate minority leader',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
  });

  it('finds the document spun from its own markers, not only from the sidecar', () => {
    const undeclared = cleanArticle(seed.raw);
    expect(undeclared.damage.kinds).toEqual(['spun']);
    expect(undeclared.damage.markers.spun?.length).toBeGreaterThanOrEqual(2);
  });

  it('marks the changes inside quotations as such ("World Warfare Three" → "World War Three")', () => {
    const worldWar = seed.cleaned.changes.find((change) => change.before === 'World Warfare');
    expect(worldWar).toMatchObject({ after: 'World War', inQuotation: true });
    expect(seed.text).toContain('“playing with World War Three”');
    const officers = seed.cleaned.changes.find((change) => change.ruleId === 'spinner/officers');
    expect(officers?.inQuotation).toBe(false);
  });

  it('records inQuotation for every lexicon change as the raw text has it', () => {
    const checks = quotationChecks(seed);
    expect(checks.length).toBeGreaterThanOrEqual(20);
    expect(checks.filter((check) => check.expected).length).toBeGreaterThanOrEqual(5);
    expect(checks.filter((check) => check.recorded !== check.expected)).toEqual([]);
  });

  it('flags its uncertain passage and leaves it as received', () => {
    const uncertain = seed.cleaned.changes.filter((change) => change.ruleId === 'editorial/uncertain');
    expect(uncertain).toMatchObject([{ before: 'the security of the Warfighter', after: 'the security of the Warfighter', inQuotation: true }]);
    expect(seed.text).toContain('the security of the Warfighter');
  });

  it('keeps found = fixed + left and the share changed between 0 and 1', () => {
    const { score } = seed.cleaned;
    expect(score.found).toBe(score.fixed + score.left);
    expect(score.fixed).toBeGreaterThan(0);
    expect(score.shareChanged).toBeGreaterThan(0);
    expect(score.shareChanged).toBeLessThan(1);
  });
});

describe('seed 000 (TechCrunch, machine-translated, headline lost)', () => {
  const seed = cleanSeed('000_6c2a3f58d0cf528c');

  it('has no headline (the sidecar supplies an editorial title)', () => {
    expect(seed.cleaned.headline).toBeUndefined();
    expect(seed.meta.editorialTitle).toBeDefined();
    expect(seed.cleaned.paragraphs[0]).toMatch(/^The United States has suspended offensive cyber operations against Russia/);
  });

  it('leaves none of the translation’s garbles or the scraping damage', () => {
    expectAbsent(
      seed.text,
      [
        'cyber -aggressive',
        'cyber-aggressive',
        'hacking business',
        'Defense Minister',
        'The file',
        'Ministry of Defense',
        'National Security Service',
        'CISA CISA',
        'information community',
        'assessmentThe',
        'hackersAnd',
        ',,,,',
        'mandate',
        'The American Cyber Command',
      ],
      ['Cisa ', 'The guardian'],
    );
  });

  it('reads as TechCrunch wrote it where the damage is certain', () => {
    for (const phrase of [
      'suspended offensive cyber operations against Russia',
      'authorized by US Defense Secretary Pete Hegseth, according to The Record',
      'a part of the Department of Defense',
      'espionage operations conducted by the National Security Agency',
      'US Cyber Command and the Pentagon did not respond',
      'ordered CISA not to mention Russian threats',
      'CISA officials reportedly were orally informed',
      'the US intelligence community said',
      'foreign intelligence service or SVR',
      'associated with Russia, discovered millions',
    ]) {
      expect(seed.text, phrase).toContain(phrase);
    }
  });

  it('finds the document machine-translated from its own markers, not only from the sidecar', () => {
    const undeclared = cleanArticle(seed.raw);
    expect(undeclared.damage.kinds).toEqual(['machine-translated']);
  });

  it('records inQuotation for every lexicon and acronym change as the raw text has it', () => {
    const checks = quotationChecks(seed);
    expect(checks.length).toBeGreaterThanOrEqual(10);
    expect(checks.filter((check) => check.expected).length).toBeGreaterThanOrEqual(1);
    expect(checks.filter((check) => check.recorded !== check.expected)).toEqual([]);
    // "Cisa" inside McLaughlin's quotation, "businesses" inside the official's.
    const quoted = seed.cleaned.changes.filter((change) => change.inQuotation && change.ruleId !== 'editorial/uncertain');
    expect(quoted.map((change) => [change.before, change.after])).toEqual(
      expect.arrayContaining([
        ['Cisa', 'CISA'],
        ['businesses', 'operations'],
      ]),
    );
  });

  it('applies every sidecar correction and flags every uncertain passage', () => {
    const editorial = seed.cleaned.changes.filter((change) => change.ruleId.startsWith('editorial/'));
    const corrected = new Set(editorial.filter((change) => change.ruleId !== 'editorial/uncertain').map((change) => change.before));
    for (const correction of seed.meta.corrections) expect(corrected, correction.find).toContain(correction.find);
    const flagged = editorial.filter((change) => change.ruleId === 'editorial/uncertain').map((change) => change.before);
    expect(flagged).toEqual(seed.meta.uncertain.map((passage) => passage.text));
  });
});
