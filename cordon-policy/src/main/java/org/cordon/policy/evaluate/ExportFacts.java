package org.cordon.policy.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cordon.policy.program.ExportControlData;
import org.cordon.policy.transaction.Person;
import org.cordon.policy.transaction.Transaction;

/**
 * The export-control facts of a technology release: the reasons for control of its ECCN, the destinations it is
 * deemed exported to, which of those reasons the Country Chart marks X for them, and what part 746 adds.
 *
 * <p>Destinations: the EAR count the person's most recent country of citizenship or permanent residency
 * (15 CFR 734.13(b)), which {@code person.mostRecentCountry} states. Without it, every country of citizenship or
 * permanent residency given counts and the facts are their union: a reason for control marked X for any of them,
 * any in Country Group E:1, any under part 746. The program's rules only get stricter with more destinations, so
 * the union gives the stricter of the answers for each country.
 */
final class ExportFacts {

    private static final List<String> ORDER = List.of("low", "medium", "high");

    private ExportFacts() {}

    static Map<String, Object> of(Transaction t, ExportControlData data) {
        Map<String, Object> m = new LinkedHashMap<>();
        String eccn = t.technology().map(x -> x.eccn()).orElse("");
        Optional<ExportControlData.Eccn> entry = data.eccn(eccn);
        List<String> reasons = entry.map(ExportControlData.Eccn::reasons).orElse(List.of());
        m.put("reasons", reasons);
        m.put("chinaSpecific", entry.map(ExportControlData.Eccn::chinaSpecific).orElse(false));
        m.put("title", entry.map(ExportControlData.Eccn::title).orElse(""));

        Optional<Person> person = t.person();
        List<String> given = person.map(Person::countriesGiven).orElse(List.of());
        List<String> counted = person.map(Person::deemedExportCountries).orElse(List.of());
        List<String> destinations = new ArrayList<>();
        List<String> licence = new ArrayList<>();
        List<String> unknownRows = new ArrayList<>();
        List<String> unknownWhy = new ArrayList<>();
        List<String> part746Licence = new ArrayList<>();
        List<String> part746Review = new ArrayList<>();
        List<String> part746Why = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        List<String> governed = new ArrayList<>();
        List<String> editions = new ArrayList<>();
        String confidence = data.chartConfidence();
        boolean usPerson = person.map(Person::usByCountry).orElse(false);
        boolean e1 = false;
        for (String d : counted) {
            Optional<ExportControlData.NotInChart> absent = data.notInChart(d);
            if (absent.map(ExportControlData.NotInChart::unitedStates).orElse(false)) {
                usPerson = true;
                continue;
            }
            destinations.add(d);
            Optional<ExportControlData.ChartRow> row = data.governingRow(d, t.date());
            if (row.isEmpty()) {
                unknownRows.add(d);
                absent.ifPresentOrElse(a -> unknownWhy.add(d + " (" + a.name() + ": " + a.why()
                        + a.parent().map(p -> "; its parent country is " + p).orElse("")
                        + a.governedFrom().filter(t.date()::isBefore).map(f -> "; before " + f + " it had a row of its"
                                + " own, which Cordon does not hold").orElse("") + ")"),
                        () -> unknownWhy.add(d + " (no row and no entry in the chart data)"));
                continue;
            }
            data.governingRow(d).flatMap(now -> now.earlier().stream().filter(e -> !t.date().isAfter(e.until()))
                    .findFirst()).ifPresent(e -> editions.add("the " + d + " row as it stood until " + e.until()
                    + ", before " + e.citation()));
            String rowCode = row.get().code();
            if (!rowCode.equals(d)) {
                governed.add(d + " is read with the " + row.get().name() + " row (" + absent.map(
                        ExportControlData.NotInChart::why).orElse("") + ")");
            }
            confidence = lower(confidence, row.get().confidence());
            for (String r : reasons) {
                if (row.get().x().contains(r)) {
                    licence.add(r + " (" + d + ")");
                }
                data.reasonOutsideChart(r).filter(o -> !o.exceptDestinations().contains(rowCode))
                        .ifPresent(o -> licence.add(r + " (" + d + ", " + o.citation() + ")"));
            }
            data.part746(rowCode, t.date()).ifPresent(p -> {
                String what = d + " (" + p.section() + ")";
                (p.need(eccn).equals("licence") ? part746Licence : part746Review).add(what);
                part746Why.add(d + ": " + p.why() + " (" + p.section() + ")");
            });
            data.regions(rowCode).forEach(r -> regions.add(r.name() + " (" + r.section() + ")"));
            e1 |= data.group("E1").contains(rowCode);
        }
        m.put("usPerson", usPerson);
        m.put("countriesGiven", given);
        m.put("destinations", List.copyOf(destinations));
        m.put("mostRecentStated", person.flatMap(Person::mostRecentCountry).isPresent());
        m.put("destinationBasis", basis(person, destinations));
        m.put("licenceReasons", licence);
        m.put("unknownChartRows", unknownRows);
        m.put("unknownChartRowsWhy", unknownWhy);
        m.put("governedBy", governed);
        List<String> readAs = new ArrayList<>(governed);
        readAs.addAll(editions);
        m.put("governedNote", readAs.isEmpty() ? "" : " (" + String.join("; ", readAs) + ")");
        m.put("part746Licence", part746Licence);
        m.put("part746Review", part746Review);
        m.put("part746Why", part746Why);
        m.put("regions", regions);
        m.put("regionNote", regions.isEmpty() ? "" : " Part 746 requires a licence for releases to persons of "
                + String.join(", ", regions) + ", which a country code cannot tell apart: check where the person"
                + " lives.");
        m.put("e1", e1);
        m.put("chartAsOf", data.chartAsOf().toString());
        m.put("chartConfidence", confidence);
        return m;
    }

    /** How the destinations were chosen, for the reasons: "CA, the most recent ..." or "each of CN and CA ...". */
    private static String basis(Optional<Person> person, List<String> destinations) {
        if (person.isEmpty() || destinations.isEmpty()) {
            return "";
        }
        Person p = person.get();
        if (p.mostRecentCountry().isPresent()) {
            return p.mostRecentCountry().get() + ", the person's most recent country of citizenship or permanent"
                    + " residency";
        }
        if (destinations.size() == 1) {
            return destinations.get(0) + ", the person's only country of citizenship or permanent residency given";
        }
        return "each of " + String.join(", ", destinations) + " (the most recent country of citizenship or"
                + " permanent residency is not stated, so every one counts and the stricter answer decides; state"
                + " person.mostRecentCountry)";
    }

    private static String lower(String a, String b) {
        return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
    }
}
