/**
 * The repository's own content/ must be what its seeds and the cleaning rules produce, so a
 * change to a rule or a sidecar cannot be committed without rebuilding the content.
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planContent, projectPaths } from '../../../../scripts/content/plan-content.ts';
import { outdatedFiles } from '../../../../scripts/content/write-content.ts';

describe('the repository’s content/', () => {
  it('is fresh against seeds/ and the cleaning rules', () => {
    const root = process.cwd();
    const outdated = outdatedFiles(planContent(projectPaths(root))).map((path) => relative(root, path));
    const message = `content/ is stale; run \`npm run build:content\` and commit the result. Outdated: ${outdated.join(', ')}`;
    expect(outdated, message).toEqual([]);
  });
});
