/**
 * English determiners that open a noun phrase (articles, possessive and demonstrative
 * determiners, as grammars list them): a capitalised phrase after one is a description
 * ("the Prime Minister", "its Foreign Ministry"), not a name as written.
 */
export const DETERMINERS: readonly string[] = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those'];
