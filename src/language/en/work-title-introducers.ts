/**
 * Words that introduce the title of a work (a programme, a publication, a book, a report):
 * the prepositions a title follows ("said on “This Week”", "writing in “The Review”") and the
 * participles that name one ("a report titled “…”"). A quoted phrase after one of them, shaped
 * like a title, is a title and not anyone's words. From English usage guides' treatment of
 * titles of works (the Chicago Manual of Style, §8.154–8.198).
 */
export const WORK_TITLE_INTRODUCERS: Readonly<{ prepositions: readonly string[]; participles: readonly string[] }> = {
  prepositions: ['on', 'in'],
  participles: ['titled', 'entitled', 'headlined', 'headed'],
};
