/**
 * The debris patterns: whole lines of page furniture match, prose that mentions the same
 * words does not.
 */
import { describe, expect, it } from 'vitest';
import { debrisRules } from '../../../../../scripts/clean/passes/remove-web-debris.ts';

function ruleFor(line: string): string | undefined {
  return debrisRules.find((rule) => rule.pattern.test(line))?.id;
}

describe('debrisRules', () => {
  it.each([
    ['Leave a Reply', 'comment-form'],
    ['leave a comment', 'comment-form'],
    ['Cancel reply', 'comment-form'],
    ['Your email address will not be published.', 'comment-form'],
    ['Your email address will not be published. Required fields are marked *', 'comment-form'],
    ['3 Comments', 'comment-form'],
    ['Comments (12)', 'comment-form'],
    ['You must be logged in to post a comment.', 'comment-form'],
    ['Share', 'share-prompt'],
    ['Share this story:', 'share-prompt'],
    ['Share on WhatsApp', 'share-prompt'],
    ['Click to share on LinkedIn (Opens in new window)', 'share-prompt'],
    ['Print this page', 'share-prompt'],
    ['Sign up for our daily briefing newsletter', 'subscribe-prompt'],
    ['Skip Advertisement', 'subscribe-prompt'],
    ['Continue reading the main story', 'subscribe-prompt'],
    ['Related articles:', 'subscribe-prompt'],
    ['Share this text', 'share-prompt'],
    ['Read more: Related stories', 'related-link'],
    ['READ MORE: Pentagon reviews the pause in cyber operations', 'related-link'],
    ['Related: Senators question the order', 'related-link'],
    ['See also – What the order covers', 'related-link'],
  ])('removes %j as %s', (line, id) => {
    expect(ruleFor(line)).toBe(id);
  });

  it.each([
    'Readers were invited to leave a reply under the article.',
    'Leave a reply, the editor wrote, and we will read it.',
    'Share prices fell.',
    'The company will share the data with regulators.',
    'Subscribe, the campaign urged, and support local news.',
    'Related documents were seized.',
    'Read more about the plan in the report.',
    'Tweets from the account were deleted.',
    'Share this with your colleagues, the memo said.',
    'Related to the order, officials gave no figure.',
    'Recommended reading for officials included the memo: a short guide.',
  ])('keeps prose: %j', (line) => {
    expect(ruleFor(line)).toBeUndefined();
  });

  it('names every rule in kebab case, so `debris/<id>` is a valid rule id', () => {
    for (const rule of debrisRules) expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
});
