/**
 * Fixture-driven cleaner tests: each folder under `tests/unit/fixtures/clean/` holds a raw
 * `input.txt`, the cleaned article we expect (`expected.md`) and the rule ids of the changes
 * we expect to be recorded, in order (`expected-rules.json`). The expected files were written
 * by reading the input, not by copying the cleaner's output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../scripts/clean/pipeline.ts';
import { cleanedMarkdown, cleanedText } from '../../support/cleaned-text.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/clean/', import.meta.url));

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function readRuleIds(path: string): string[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed) || !parsed.every((item): item is string => typeof item === 'string')) {
    throw new TypeError(`${path} must be a JSON array of rule ids`);
  }
  return parsed;
}

describe('cleaner fixtures', () => {
  it('has the cases the cleaner must handle', () => {
    // Guards against a folder being renamed or lost without anyone noticing.
    expect(cases.length).toBeGreaterThanOrEqual(13);
  });

  describe.each(cases)('%s', (name) => {
    const dir = join(FIXTURES, name);
    // Bytes, not a string read with an encoding guess: BOM and line endings are part of the case.
    const input = readFileSync(join(dir, 'input.txt')).toString('utf8');
    const cleaned = cleanArticle(input, `${name}/input.txt`);

    it('produces the expected article', () => {
      expect(cleanedMarkdown(cleaned)).toBe(readFileSync(join(dir, 'expected.md'), 'utf8'));
    });

    it('records the expected changes, in order', () => {
      expect(cleaned.changes.map((change) => change.ruleId)).toEqual(readRuleIds(join(dir, 'expected-rules.json')));
    });

    it('leaves its own output unchanged when cleaned again', () => {
      const again = cleanArticle(cleanedText(cleaned));
      expect(again.changes).toEqual([]);
      expect(cleanedMarkdown(again)).toBe(cleanedMarkdown(cleaned));
    });
  });
});
