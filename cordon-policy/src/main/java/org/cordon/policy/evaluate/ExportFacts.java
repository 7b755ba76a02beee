package org.cordon.policy.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cordon.policy.program.ExportControlData;
import org.cordon.policy.transaction.Transaction;

/**
 * The export-control facts of a technology release: the reasons for control of its ECCN, the destinations it is
 * deemed exported to, and which of those reasons the Country Chart marks X for them.
 *
 * <p>Destinations: the EAR counts the person's most recent country of citizenship or permanent residency
 * (15 CFR 734.13(b)). Without dates to tell which came last, Cordon counts both the last citizenship listed and the
 * permanent residence: the stricter reading.
 */
final class ExportFacts {

    private ExportFacts() {}

    static Map<String, Object> of(Transaction t, ExportControlData data) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> reasons = t.technology().flatMap(x -> data.eccn(x.eccn())).map(ExportControlData.Eccn::reasons)
                .orElse(List.of());
        m.put("reasons", reasons);
        m.put("chinaSpecific", t.technology().flatMap(x -> data.eccn(x.eccn())).map(ExportControlData.Eccn::chinaSpecific)
                .orElse(false));
        m.put("title", t.technology().flatMap(x -> data.eccn(x.eccn())).map(ExportControlData.Eccn::title).orElse(""));
        Set<String> destinations = new LinkedHashSet<>();
        t.person().ifPresent(p -> {
            if (!p.citizenships().isEmpty()) {
                destinations.add(p.citizenships().get(p.citizenships().size() - 1));
            }
            p.permanentResidence().ifPresent(destinations::add);
        });
        destinations.remove("US");
        List<String> licence = new ArrayList<>();
        List<String> unknownRows = new ArrayList<>();
        for (String d : destinations) {
            data.chartRow(d).ifPresentOrElse(row -> reasons.stream().filter(row::contains)
                    .map(r -> r + " (" + d + ")").forEach(licence::add), () -> unknownRows.add(d));
        }
        m.put("destinations", List.copyOf(destinations));
        m.put("licenceReasons", licence);
        m.put("unknownChartRows", unknownRows);
        List<String> e1 = data.group("E1");
        m.put("e1", destinations.stream().anyMatch(e1::contains));
        return m;
    }
}
