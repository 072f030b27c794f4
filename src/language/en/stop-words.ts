/**
 * English words that say nothing about a passage's subject, so two passages sharing them
 * share nothing: function words, and the words news copy uses to attribute rather than to
 * report ("said", "told", "according", "reportedly"). Contraction pieces ("isn", "t") are
 * here because the apostrophe splits words.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against ago all also am an and any are aren as at be because been before being
  below between both but by can cannot could couldn did didn do does doesn doing don down during each either
  few for from further had hadn has hasn have haven having he her here hers herself him himself his how i if
  in into is isn it its itself just ll me more most much must mustn my myself no nor not now of off on once
  only or other others our ours ourselves out over own re same shan she should shouldn so some such than that
  the their theirs them themselves then there these they this those through to too under until up upon us ve
  very was wasn we were weren what when where whether which while who whom whose why will with won would
  wouldn yet you your yours yourself yourselves s t d m
  also already another around since still though thus via within without
  according reportedly said say saying says tell telling tells told mr mrs ms`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
