package org.cordon.policy.resolve;

import java.util.List;
import org.cordon.model.Designation;

/**
 * A subject of the transaction that is, or leads to, a listed party.
 *
 * @param score the screening score of the first step (1.0 for an exact identifier)
 * @param certain the match is strong enough to act on without a person looking; a decision that rests only on
 *     uncertain findings is REVIEW
 * @param matchedPartyId the listed party the subject matched ({@code list/sourceId})
 * @param path every step from the subject to the designated party; one step when the match itself is designated
 * @param designatedPartyId the party whose designations these are: the matched one, or an owner or affiliate
 * @param designations the designations of that party in force on the transaction's date
 * @param family the source ids of the designated party and of every listed party it belongs to on the date
 *     (parents, owners, the company whose products it relabels): limits a program sets for a company ("Hikvision
 *     is covered for security uses") reach its subsidiaries
 */
public record Finding(Subject subject, double score, boolean certain, String matchedPartyId, String matchedName,
                      String list, String listVersion, List<PathStep> path, String designatedPartyId,
                      String designatedName, String designatedSourceId, List<Designation> designations,
                      String explanation, List<String> family) {

    public Finding {
        path = List.copyOf(path);
        designations = List.copyOf(designations);
        family = List.copyOf(family);
    }

    /** The designated party is the matched one: no ownership or affiliation step in between. */
    public boolean direct() {
        return designatedPartyId.equals(matchedPartyId);
    }

    public List<String> programs() {
        return designations.stream().map(Designation::program).distinct().toList();
    }
}
