/**
 * Alternations among English function words and fixed phrases that stand for them: the
 * closed classes (prepositions and complex prepositions, conjunctive adverbs, linking
 * phrases) that thesauri leave out (WordNet has no prepositions) and that a spinner swaps as
 * readily as nouns ("against" → "in opposition to", "during" → "throughout"). Each group
 * lists forms a writer can use for one another in some context; every member is a candidate
 * for every other, and the English model decides in place, as for thesaurus candidates.
 * Grammar, not data from any article: each group is a standard set from English grammars
 * (simple and complex prepositions, adverbials of time and addition, connectives).
 */
export const CLOSED_CLASS_GROUPS: readonly (readonly string[])[] = [
  // Prepositions of place and time.
  ['at', 'on', 'in', 'within', 'inside'],
  ['during', 'throughout', 'in the course of', 'over the course of'],
  ['among', 'amongst', 'between'],
  ['towards', 'toward', 'in the direction of'],
  ['against', 'in opposition to', 'versus'],
  ['before', 'earlier than', 'prior to', 'ahead of'],
  ['after', 'later than', 'following', 'subsequent to'],
  ['near', 'close to', 'in the vicinity of'],
  ['until', 'till', 'up to'],
  // Complex prepositions and their simple equivalents.
  ['because of', 'due to', 'owing to', 'as a result of', 'as a consequence of', 'on account of'],
  ['according to', 'in accordance with', 'as stated by'],
  ['despite', 'in spite of', 'regardless of', 'notwithstanding'],
  ['about', 'regarding', 'concerning', 'with regard to', 'with respect to', 'in relation to', 'relating to'],
  ['through', 'via', 'by means of', 'by way of'],
  ['instead of', 'in place of', 'rather than'],
  ['with', 'together with', 'along with', 'alongside'],
  ['for', 'on behalf of', 'in favour of', 'in favor of'],
  // Adverbials of time.
  ['ago', 'in the past', 'earlier', 'back'],
  ['recently', 'lately', 'not long ago', 'not too long ago', 'of late'],
  ['now', 'at present', 'currently', 'presently', 'at the moment'],
  ['soon', 'shortly', 'before long', 'in a while'],
  ['at the same time', 'simultaneously', 'concurrently', 'meanwhile'],
  // Connectives: addition, contrast, result, comparison.
  ['also', 'additionally', 'in addition', 'as well', 'too', 'moreover', 'furthermore', 'besides'],
  ['but', 'however', 'yet', 'though', 'nevertheless', 'nonetheless'],
  ['so', 'therefore', 'thus', 'hence', 'consequently', 'as a result'],
  ['while', 'whilst', 'whereas'],
  ['like', 'such as', 'similar to'],
  ['if', 'in case', 'provided that', 'supposing'],
  // Degree and approximation.
  ['nearly', 'almost', 'virtually', 'practically'],
  ['around', 'about', 'approximately', 'roughly', 'some'],
  ['more than', 'greater than', 'over', 'in excess of'],
  ['less than', 'fewer than', 'under', 'below'],
  ['very', 'extremely', 'highly', 'really'],
  // Demonstratives and quantifiers (meaning-bearing: the un-spinner needs an overwhelming margin).
  ['these', 'those'],
  ['more', 'extra', 'additional', 'further'],
  ['every', 'each', 'all'],
  ['likely', 'more likely', 'probably'],
];
