package org.cordon.web;

import java.util.ArrayList;
import java.util.List;
import org.cordon.server.lists.ListFreshness;
import org.cordon.server.lists.ListFreshness.ListAge;

/** What the frame of every signed-in page warns of: only the bundled list loaded, or a publisher's list gone stale. */
final class ListBanner {

    private ListBanner() {}

    static List<String> of(ListFreshness freshness, List<String> engineVersions) {
        List<ListAge> ages = freshness.of(engineVersions);
        List<String> out = new ArrayList<>();
        if (ListFreshness.onlyBundled(ages)) {
            out.add("Only the bundled covered-telecom list is loaded: no publisher's list (OFAC, Commerce, UN) has been"
                    + " fetched yet, so names are screened against the bundled list alone.");
        }
        List<String> stale = new ArrayList<>();
        for (ListAge a : ages) {
            if (a.stale()) {
                stale.add(a.version() + " (fetched " + a.ageDays() + (a.ageDays() == 1 ? " day" : " days") + " ago)");
            }
        }
        if (!stale.isEmpty()) {
            out.add("Lists not current: " + String.join(", ", stale) + ". They have not been fetched or confirmed"
                    + " within " + ages.stream().filter(ListAge::stale).findFirst().flatMap(ListAge::maxAge)
                    .map(d -> d.toSeconds() % 86_400 == 0 ? d.toDays() + " days" : d.toString()).orElse("their limit") + "; the last good versions stay in use.");
        }
        return out;
    }
}
