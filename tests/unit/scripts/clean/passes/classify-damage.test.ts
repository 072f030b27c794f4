/**
 * Gating: a document is spun (or machine-translated) when two different marker entries
 * of that lexicon are found in it, or when a maintainer declares it so; entries gated on
 * that kind apply only then.
 */
import { describe, expect, it } from 'vitest';
import { MARKERS_TO_CLASSIFY, findMarkers } from '../../../../../scripts/clean/passes/classify-damage.ts';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';
import { lexiconsInUse } from '../../../../../scripts/clean/lexicons-in-use.ts';

const { spinner, machineTranslation } = lexiconsInUse();

describe('findMarkers', () => {
  it('lists each distinct marker entry found once, sorted', () => {
    const text = 'They met at the White Home. Later, back at the White Home, he went to the Oval Workplace.';
    expect(findMarkers(spinner, text)).toEqual(['Oval Workplace', 'White Home']);
  });

  it('ignores entries that are not markers, even where they match', () => {
    expect(findMarkers(spinner, 'Officers say it was in opposition to the plan.')).toEqual([]);
  });

  it('respects a marker’s context condition', () => {
    // "information community" is a marker only after "US", "the", "American"…
    expect(findMarkers(machineTranslation, 'the US information community')).toEqual(['information community']);
    expect(findMarkers(machineTranslation, 'a local information community')).toEqual([]);
  });

  it('needs two markers to classify a document', () => {
    expect(MARKERS_TO_CLASSIFY).toBe(2);
  });
});

describe('spinner gate', () => {
  const body = 'Officers say the talks ended in opposition to expectations.';

  it('opens on two different markers and restores gated swaps', () => {
    const cleaned = cleanArticle(`${body} The envoy left the White Home for the Oval Workplace.`);
    expect(cleaned.damage.kinds).toEqual(['spun']);
    expect(cleaned.damage.markers.spun).toEqual(['Oval Workplace', 'White Home']);
    expect(cleaned.paragraphs).toEqual([
      'Officials say the talks ended against expectations. The envoy left the White House for the Oval Office.',
    ]);
    expect(cleaned.changes.map((change) => change.ruleId)).toEqual([
      'spinner/officers',
      'spinner/in-opposition-to',
      'spinner/white-home',
      'spinner/oval-workplace',
    ]);
  });

  it('opens on markers in another paragraph', () => {
    const cleaned = cleanArticle(`${body}\n\nThe envoy left the White Home for the Oval Workplace.`);
    expect(cleaned.paragraphs[0]).toBe('Officials say the talks ended against expectations.');
  });

  it('stays closed without markers: the same sentences are unchanged', () => {
    const cleaned = cleanArticle(body);
    expect(cleaned.damage.kinds).toEqual([]);
    expect(cleaned.changes).toEqual([]);
    expect(cleaned.paragraphs).toEqual([body]);
  });

  it('stays closed on the same marker found twice', () => {
    const cleaned = cleanArticle(`${body} He left the White Home and came back to the White Home.`);
    expect(cleaned.damage.kinds).toEqual([]);
    expect(cleaned.paragraphs[0]).toContain('Officers say the talks ended in opposition to expectations.');
    // The marker itself is an `always` form, restored regardless.
    expect(cleaned.paragraphs[0]).toContain('came back to the White House.');
  });

  it('reports no suspects in a text with no fingerprint of damage', () => {
    expect(cleanArticle(body).damage.suspects).toEqual([]);
  });

  it('reports a closed gate’s matches as suspects once the text shows one fingerprint', () => {
    expect(cleanArticle(`${body} They met at the White Home.`).damage.suspects).toEqual([
      { ruleId: 'spinner/officers', text: 'Officers' },
      { ruleId: 'spinner/in-opposition-to', text: 'in opposition to' },
    ]);
  });

  it('opens when a maintainer declares the document spun', () => {
    const cleaned = cleanArticle(body, undefined, { declaredDamage: ['spun'] });
    expect(cleaned.damage.kinds).toEqual(['spun']);
    expect(cleaned.paragraphs).toEqual(['Officials say the talks ended against expectations.']);
  });

  it('does not open the machine-translation gate', () => {
    const cleaned = cleanArticle('The US information community was told. The White Home and the Oval Workplace were named.');
    expect(cleaned.damage.kinds).toEqual(['spun']);
    expect(cleaned.paragraphs[0]).toContain('The US information community was told.');
  });

  it('keeps the context conditions once open', () => {
    const cleaned = cleanArticle('The envoy left the White Home for the Oval Workplace. Experts say cyber warfare is growing, and the police officers said nothing.');
    expect(cleaned.damage.kinds).toEqual(['spun']);
    expect(cleaned.paragraphs[0]).toContain('Experts say cyber warfare is growing, and the police officers said nothing.');
  });
});

describe('machine-translation gate', () => {
  const markers = 'The order to stop the hacking business was not shared with the US information community.';

  it('opens on two different markers and restores gated terms', () => {
    const cleaned = cleanArticle(`${markers} It was signed by US Defense Minister Pete Hegseth.`);
    expect(cleaned.damage.kinds).toEqual(['machine-translated']);
    expect(cleaned.damage.markers['machine-translated']).toEqual(['Defense Minister', 'hacking business', 'information community']);
    expect(cleaned.paragraphs).toEqual([
      'The order to stop the hacking operations was not shared with the US intelligence community. It was signed by US Defense Secretary Pete Hegseth.',
    ]);
  });

  it('stays closed without other markers: "US Defense Minister" alone is unchanged', () => {
    const text = 'It was signed by US Defense Minister Pete Hegseth.';
    const cleaned = cleanArticle(text);
    expect(cleaned.damage.kinds).toEqual([]);
    expect(cleaned.paragraphs).toEqual([text]);
  });

  it('leaves other countries’ defence ministers alone, even when open', () => {
    const text = `${markers} Britain’s Defence Minister and Israeli Defense Minister Israel Katz were told.`;
    const cleaned = cleanArticle(text);
    expect(cleaned.damage.kinds).toEqual(['machine-translated']);
    expect(cleaned.paragraphs[0]).toContain('Britain’s Defence Minister and Israeli Defense Minister Israel Katz were told.');
  });

  it('leaves a UK text about its Defence Minister unchanged', () => {
    const text = 'The Defence Minister told the Commons that the Ministry of Defence would publish its review in June.';
    expect(cleanArticle(text).changes).toEqual([]);
  });

  it('applies US names only to a document about the US', () => {
    const about = (setting: string) =>
      cleanArticle(`${markers} The Ministry of Defense said so. ${setting}`).paragraphs[0] ?? '';
    expect(about('The Pentagon declined to comment.')).toContain('The Department of Defense said so.');
    expect(about('Kyiv declined to comment.')).toContain('The Ministry of Defense said so.');
  });

  it('opens when a maintainer declares the document machine-translated', () => {
    const cleaned = cleanArticle('It was signed by US Defense Minister Pete Hegseth.', undefined, { declaredDamage: ['machine-translated'] });
    expect(cleaned.paragraphs).toEqual(['It was signed by US Defense Secretary Pete Hegseth.']);
  });
});
