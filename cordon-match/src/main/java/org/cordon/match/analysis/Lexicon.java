package org.cordon.match.analysis;

/**
 * The words of the listed names a query is screened against, as analysis writes them. Knowing them lets analysis
 * read a query word that no list has as a misspelt legal form ("COMPIANY") or as a legal form written together
 * with a listed word ("OOOYARGEO"), without touching words the lists do have.
 */
@FunctionalInterface
public interface Lexicon {

    boolean knows(String word);
}
