package org.cordon.ingest.ofac;

import java.util.List;
import org.cordon.model.Country;
import org.cordon.model.Identifier;
import org.cordon.model.Name;
import org.cordon.model.PartyDate;
import org.cordon.model.Relationship;

/**
 * What {@link OfacRemarks} found in one remarks text.
 *
 * @param names         aliases (all {@link org.cordon.model.NameKind#WEAK_AKA}: the legacy files keep only weak ones
 *                      in the remarks)
 * @param identifiers   identifiers (passports, registration numbers, IMO numbers...)
 * @param nationalities countries of nationality, citizenship or registration
 * @param dates         dates of birth and of establishment
 * @param relationships "Linked To" ties, target ids not yet resolved
 * @param segments      every segment with how it was recognised, in text order
 */
public record RemarkFacts(List<Name> names, List<Identifier> identifiers, List<Country> nationalities,
                          List<PartyDate> dates, List<Relationship> relationships, List<Segment> segments) {

    public RemarkFacts {
        names = List.copyOf(names);
        identifiers = List.copyOf(identifiers);
        nationalities = List.copyOf(nationalities);
        dates = List.copyOf(dates);
        relationships = List.copyOf(relationships);
        segments = List.copyOf(segments);
    }

    /** How a remark segment was understood. */
    public enum Recognition {
        /** It gave a name, identifier, country, date or relationship. */
        EXTRACTED,
        /** A known kind of text the model has no place for (place of birth, gender, regulatory notes); kept in the remarks. */
        INFORMATION,
        /** The last segment of a text cut at the field limit; kept in the remarks, not interpreted. */
        TRUNCATED,
        /** Not understood; kept in the remarks. */
        UNRECOGNISED
    }

    /**
     * One ';'-separated part of the remarks.
     *
     * @param text        the segment as written, stripped of surrounding space
     * @param recognition how it was understood
     */
    public record Segment(String text, Recognition recognition) {

        /** True when the segment was understood, whether or not it gave a fact. */
        public boolean recognised() {
            return recognition == Recognition.EXTRACTED || recognition == Recognition.INFORMATION;
        }
    }
}
