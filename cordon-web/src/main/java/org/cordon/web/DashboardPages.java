package org.cordon.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cordon.server.ServiceContext;
import org.cordon.server.http.Json;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.store.CaseStatus;
import org.cordon.store.Cases;
import org.cordon.store.DayCount;
import org.cordon.store.DecisionStore;
import org.cordon.store.ReviewCase;

/** Charts (ECharts): decisions by outcome over the last days, open cases by age, list sizes over versions. */
public final class DashboardPages {

    static final int DAYS = 30;
    static final List<String> OUTCOMES = List.of("ALLOW", "ADVISORY", "REVIEW", "LICENSE_REQUIRED", "BLOCK");
    static final List<String> AGES = List.of("under a day", "1–7 days", "7–30 days", "over 30 days");

    private final ServiceContext services;
    private final DecisionStore decisions;
    private final Cases cases;
    private final Views views;

    public record DashboardPage(Chrome chrome, String decisionsJson, String casesJson, String listsJson,
                                Map<String, Long> totals, Map<String, Integer> ages, List<String[]> lists) {}

    DashboardPages(ServiceContext services, Views views) {
        this.services = services;
        this.decisions = new DecisionStore(services.db());
        this.cases = new Cases(services.db());
        this.views = views;
    }

    void show(Context ctx) throws Exception {
        WebSession s = Gate.session(ctx);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(DAYS - 1);
        Instant from = first.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<String> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            days.add(d.toString());
        }
        Map<String, long[]> byOutcome = new LinkedHashMap<>();
        OUTCOMES.forEach(o -> byOutcome.put(o, new long[days.size()]));
        for (DayCount c : decisions.countPerDay(from, to)) {
            int i = days.indexOf(c.day().toString());
            if (i >= 0 && byOutcome.containsKey(c.outcome())) {
                byOutcome.get(c.outcome())[i] += c.count();
            }
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        OUTCOMES.forEach(o -> totals.put(o, decisions.countByOutcome(from, to).getOrDefault(o, 0L)));

        Map<String, Integer> ages = new LinkedHashMap<>();
        AGES.forEach(a -> ages.put(a, 0));
        Instant now = Instant.now(services.db().clock());
        for (ReviewCase c : cases.list(CaseStatus.OPEN, 10_000)) {
            Duration age = c.age(now);
            String bucket = age.toDays() < 1 ? AGES.get(0) : age.toDays() < 7 ? AGES.get(1) : age.toDays() < 30 ? AGES.get(2) : AGES.get(3);
            ages.merge(bucket, 1, Integer::sum);
        }

        Map<String, Object> listSeries = new TreeMap<>();
        List<String[]> listRows = new ArrayList<>();
        var store = services.engines().store();
        for (String id : store.listIds()) {
            List<Object[]> points = new ArrayList<>();
            for (SnapshotInfo v : store.versions(id)) {
                points.add(new Object[] {v.importedAt().toString(), v.entryCount(), "v" + v.version()});
                listRows.add(new String[] {id, Integer.toString(v.version()), v.importedAt().toString().substring(0, 10),
                        Integer.toString(v.entryCount())});
            }
            listSeries.put(id, points);
        }
        views.render(ctx, "dashboard.jte", new DashboardPage(Chrome.of(s, "Dashboard", "dashboard"),
                Json.MAPPER.writeValueAsString(Map.of("days", days, "series", byOutcome)),
                Json.MAPPER.writeValueAsString(Map.of("buckets", ages.keySet(), "counts", ages.values())),
                Json.MAPPER.writeValueAsString(listSeries), totals, ages, listRows));
    }
}
