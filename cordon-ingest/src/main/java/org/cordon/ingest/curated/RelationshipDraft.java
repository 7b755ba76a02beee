package org.cordon.ingest.curated;

import java.time.LocalDate;
import java.util.Optional;
import org.cordon.model.Confidence;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;

/**
 * A relationship as written in an entry, before its target is looked up.
 *
 * @param path       its field path ({@code entries[4].relationships[0]})
 * @param kind       how the entry stands to the target
 * @param target     an entry id of the same file, or the name of a party not on the list
 * @param share      ownership share in percent, where given
 * @param confidence as given, else the entry's
 * @param since      the first day the tie held, where given
 * @param until      the first day it no longer held, where given
 * @param source     the citation the tie rests on, or empty
 */
record RelationshipDraft(String path, RelationKind kind, String target, Optional<Double> share,
                         Confidence confidence, Optional<LocalDate> since, Optional<LocalDate> until,
                         String source) {

    /**
     * True when the target is written as an entry id (a slug, like the ids) and so must name an entry of the file;
     * anything else ({@code China Mobile}) is the name of a party that is not on the list.
     */
    boolean targetsEntry() {
        return ListHeader.SLUG.matcher(target).matches();
    }

    /** The relationship to a party not on the list, or to an entry whose party is not in the result. */
    Relationship toName(String name) {
        return new Relationship(kind, name, "", share, confidence, since, until, source);
    }

    /** The relationship to a party of the same list. */
    Relationship toParty(String partyId, String primaryName) {
        return new Relationship(kind, primaryName, partyId, share, confidence, since, until, source);
    }
}
