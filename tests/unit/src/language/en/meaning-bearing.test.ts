/**
 * Meaning-bearing changes are found from the words changed: the kinds the trust issue names
 * (deny/decline, suspend/end, might/would, some/all, an agency/one official) and more, while
 * a synonym, a spelling or punctuation is not one.
 */
import { describe, expect, it } from 'vitest';
import { meaningChanges } from '../../../../../src/language/en/meaning-bearing.ts';

describe('meaningChanges', () => {
  it.each([
    // "report" is a verb of saying: the clause may have reported, not refused, a statement.
    ['refused to report a statement', 'declined to provide a statement', ['polarity']],
    ['declined to comment', 'denied the report', ['polarity']],
    ['suspended its operations', 'ended its operations', ['permanence']],
    ['paused the programme', 'stopped the programme for good', ['permanence']],
    ['said they might not comment', 'said they would not comment', ['modality']],
    ['some of the staff', 'all of the staff', ['quantity']],
    ['an agency said', 'one official said', ['quantity', 'agent']],
    ['the agency said', 'the official said', []],
    ['did not answer', 'answered', ['polarity', 'tense']],
    ['The US has warned', 'The US warned', ['tense']],
    ['It aims at hackers', 'It targeted hackers', []],
    ['signaled that he no longer sees', 'signaled that it no longer sees', ['agent']],
    ['told the archive', 'told The Record', ['agent']],
    ['The Ministry of Interior, which oversees CISA', 'The Department of Homeland Security, which oversees CISA', ['agent']],
    ['a whole lot or hundreds', 'hundreds or thousands', ['quantity']],
    ['3,000 personnel', '300 personnel', ['quantity']],
    ['but acknowledged in an interview', 'but said in an interview', ['polarity']],
    ['he didn’t go', 'he did go', ['polarity']],
  ] as const)('%s → %s: %j', (before, after, expected) => {
    expect(meaningChanges(before, after)).toEqual(expected);
  });

  it.each([
    ['mandate', 'order'],
    ['the American place towards Moscow', 'the American position towards Moscow'],
    ['the power of the US fightback', 'the strength of the US fightback'],
    ['Senior members of Trump’s group', 'Senior members of Trump’s team'],
    ['White Home', 'White House'],
    ['Nationwide Safety Adviser Mike Waltz', 'National Security Adviser Mike Waltz'],
    ['The guardian', 'The Guardian'],
    ['cyber -aggressive', 'cyber-aggressive'],
    ['“quoted”', '"quoted"'],
    ['authorised', 'authorized'],
  ])('%s → %s changes no claim by its words alone', (before, after) => {
    expect(meaningChanges(before, after)).toEqual([]);
  });
});

describe('what the seeds showed is no change of claim', () => {
  it.each([
    ['On the similar time', 'At the same time'],
    ['how lengthy the halt may final', 'how long the halt may last'],
    ['continues to finish the warfare', 'continues to end the war'],
    ['greater than three years', 'more than three years'],
    ['in accordance with The Record', 'according to The Record'],
    ['operation considerations', 'operational concerns'],
    ['The American Cyber Command', 'US Cyber Command'],
    ['the Ministry of Defense', 'the Department of Defense'],
  ])('%s → %s', (before, after) => {
    expect(meaningChanges(before, after)).toEqual([]);
  });
});
