/**
 * Reader-facing summaries of the cleaning record.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../scripts/clean/pipeline.ts';
import { damageEvidence, damageNamed, groupChanges, passLabels, passOf, visible } from '../../../../src/lib/cleaning-summary.ts';
import { englishModel } from '../../../../src/language/en/language-model.ts';
import { CLEAN_NEWS } from '../../../../scripts/bench/restore/clean-news.ts';
import { mulberry32 } from '../../../../scripts/bench/random.ts';
import { spin, spinnerTable } from '../../../../scripts/bench/restore/simulate.ts';
import type { Change } from '../../../../src/schemas/cleaning-record.ts';

function change(ruleId: string, before = 'x'): Change {
  return { ruleId, before, after: '', rawParagraph: 1, paragraph: null, location: 'removed', offset: 0, inQuotation: false, reason: 'r', confidence: 'certain', meaning: [], span: null };
}

describe('passOf', () => {
  it('is the part of the rule id before the slash', () => {
    expect(passOf('debris/comment-form')).toBe('debris');
    expect(passOf('standalone')).toBe('standalone');
  });
});

describe('groupChanges', () => {
  it('groups by pass, what matters most to a reader first, keeping each group’s order', () => {
    const changes = [change('whitespace/a', '1'), change('debris/b', '2'), change('whitespace/c', '3'), change('spinner/d', '4')];
    expect(groupChanges(changes).map((group) => [group.pass, group.changes.map((c) => c.before)])).toEqual([
      ['spinner', ['4']],
      ['debris', ['2']],
      ['whitespace', ['1', '3']],
    ]);
  });

  it('labels an unknown pass by its name', () => {
    expect(groupChanges([change('future/rule')])[0]?.label).toBe('future');
  });

  it('has a label for every pass the cleaner records', () => {
    const raw = 'T\nT\nA\u200B  b\t, , c "d" \'e\'.\nLeave a reply';
    const passes = new Set(cleanArticle(raw).changes.map((c) => passOf(c.ruleId)));
    expect(passes.size).toBe(5);
    for (const pass of passes) expect(passLabels[pass], pass).toBeDefined();
  });

  it('returns no groups for no changes', () => {
    expect(groupChanges([])).toEqual([]);
  });
});

describe('visible', () => {
  it('shows empty and space-only text in words, anything else as it is', () => {
    expect(visible('')).toBe('(nothing)');
    expect(visible(' ')).toBe('(space)');
    expect(visible('   ')).toBe('(3 × space)');
    expect(visible('\t ')).toBe('(tab, space)');
    expect(visible('\u202E')).toBe('(U+202E)');
    expect(visible(',')).toBe(',');
    expect(visible(' x ')).toBe(' x ');
  });

  // Regression guard, once a bug (cleaning-summary.ts, visible): the change list shows `before` and `after` through
  // visible(), which calls every whitespace "a space" and passes other invisible characters
  // through unchanged. So a tab or no-break space made a plain space reads
  // "(a space) → (a space)", and a removed zero-width space or bidi control reads as an empty
  // cell → "(nothing)": the reader cannot see what changed. Fix: name the character (e.g.
  // "(a tab)", "(a no-break space)", "(U+200B zero-width space)") for anything other than
  // plain spaces, and for invisible (\p{Cf}, \p{Cc}) characters.
  it('tells a tab and a no-break space from a plain space', () => {
    expect(visible('\t')).not.toBe(visible(' '));
    expect(visible('\u00A0')).not.toBe(visible(' '));
  });

  it('shows a removed invisible character as something a reader can see', () => {
    for (const character of ['\u200B', '\u202E', '\u2066']) expect(visible(character)).toMatch(/[\p{L}\p{N}]/u);
  });
});

describe('damageEvidence', () => {
  it('keeps the detector’s counts apart from the copy’s phrases, so that only phrases are quoted', () => {
    const model = englishModel();
    const random = mulberry32(2);
    const table = spinnerTable(model, model.forms());
    const spun = CLEAN_NEWS.slice(0, 7)
      .map((paragraph) => spin(paragraph, table, random, 0.3))
      .join('\n\n');
    const { damage } = cleanArticle(spun);
    const markers = [...(damage.markers.spun ?? []), 'Harbour Occasions', 'note: not a source'];
    const { phrases, summaries } = damageEvidence(markers);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatch(/^language model: \d+ swap readings in \d+ words$/);
    expect(phrases).toEqual(expect.arrayContaining(['Harbour Occasions', 'note: not a source']));
    expect([...phrases, ...summaries].sort()).toEqual([...markers].sort());
    // The English model loads and a whole article is cleaned: seconds, more beside other test files.
  }, 30_000);
});

describe('damageNamed', () => {
  it('names the declared damage, then the wording damage the cleaner found beyond it, as its finding', () => {
    expect(damageNamed(['spun', 'web-debris'], ['spun'])).toEqual(['spun', 'web-debris']);
    expect(damageNamed([], ['machine-translated'])).toEqual(['machine-translated (found by the cleaner)']);
    expect(damageNamed(['web-debris'], ['machine-translated', 'spun'])).toEqual(['web-debris', 'machine-translated (found by the cleaner)', 'spun (found by the cleaner)']);
    expect(damageNamed([], [])).toEqual([]);
  });
});
