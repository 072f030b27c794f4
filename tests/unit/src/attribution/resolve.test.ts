/**
 * The resolver: a speaker only when every finding that names one names the same one and none
 * rules a speaker out; otherwise unattributed, with the disagreement kept.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from '../../../../src/attribution/resolve.ts';
import type { Finding } from '../../../../src/attribution/types.ts';

const osei: Finding = { strategy: 'cue-before', basis: 'cue-before', speaker: { type: 'actor', id: 'amara-osei' }, cue: 'Osei said', via: [] };
const brandt: Finding = { strategy: 'cue-after', basis: 'cue-after', speaker: { type: 'actor', id: 'lukas-brandt' }, cue: 'Brandt said', via: ['radio-kestrel'] };

describe('resolve', () => {
  it('gives the speaker the findings agree on, with the first naming finding’s basis, cue and outlets', () => {
    const again: Finding = { ...brandt, strategy: 'continued', basis: 'continued', cue: undefined, via: [] } as Finding;
    delete again.cue;
    expect(resolve([brandt, again])).toEqual({ speaker: brandt.speaker, basis: 'cue-after', cue: 'Brandt said', via: ['radio-kestrel'] });
  });

  it('leaves a quotation unattributed when two findings name different speakers, and says who', () => {
    const settled = resolve([brandt, osei]);
    expect(settled.speaker).toBeUndefined();
    expect(settled.basis).toBe('unattributed');
    expect(settled.disagreement).toEqual([
      { strategy: 'cue-after', speaker: 'lukas-brandt' },
      { strategy: 'cue-before', speaker: 'amara-osei' },
    ]);
  });

  it('lets a finding that rules a speaker out overrule one that names a speaker', () => {
    const settled = resolve([{ strategy: 'word-as-word', basis: 'cue-before', via: [], doubt: 'a word as a word' }, osei]);
    expect(settled.speaker).toBeUndefined();
    expect(settled.disagreement?.map((entry) => entry.strategy)).toEqual(['cue-before', 'word-as-word']);
  });

  it('keeps how the words describe an unnamed speaker, or the unresolved pronoun', () => {
    expect(resolve([{ strategy: 'cue-after', basis: 'cue-after', cue: 'officials said', speakerPhrase: 'officials', via: [] }])).toEqual({
      basis: 'unattributed',
      cue: 'officials said',
      speakerPhrase: 'officials',
      via: [],
    });
    expect(resolve([{ strategy: 'cue-after', basis: 'cue-after', cue: 'he said', pronoun: 'he', via: [] }]).speakerPhrase).toBe('he');
  });

  it('sets a title aside', () => {
    expect(resolve([{ strategy: 'title-of-work', basis: 'cue-before', via: [], title: 'after “on”' }])).toEqual({ title: 'after “on”', basis: 'unattributed', via: [] });
  });
});
