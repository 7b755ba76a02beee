package org.cordon.server.http;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What {@code /metrics} shows Prometheus: requests and latencies by route, decisions by outcome, list versions. */
public final class Metrics {

    private final PrometheusRegistry registry = new PrometheusRegistry();

    private final Counter requests = Counter.builder().name("cordon_http_requests_total")
            .help("HTTP requests by route and status").labelNames("method", "route", "status").register(registry);
    private final Histogram latency = Histogram.builder().name("cordon_http_request_seconds")
            .help("HTTP request latency by route").labelNames("method", "route")
            .classicUpperBounds(0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5).register(registry);
    private final Counter decisions = Counter.builder().name("cordon_decisions_total")
            .help("Decisions by outcome").labelNames("outcome").register(registry);
    private final Gauge listVersion = Gauge.builder().name("cordon_list_active_version")
            .help("Active version number of each list").labelNames("list").register(registry);
    private final Gauge listEntries = Gauge.builder().name("cordon_list_names")
            .help("Names indexed by the screening engine").register(registry);

    /** What the list-age gauges show of one list: its age in days (fractional) and whether it is stale. */
    public record ListAge(String list, double ageDays, boolean stale) {}

    private volatile java.util.function.Supplier<java.util.List<ListAge>> ages = java.util.List::of;
    private final io.prometheus.metrics.core.metrics.GaugeWithCallback listAge =
            io.prometheus.metrics.core.metrics.GaugeWithCallback.builder().name("cordon_list_age_days")
                    .help("Days since each active list was fetched or confirmed unchanged (else imported)")
                    .labelNames("list").callback(cb -> {
                        for (ListAge a : ages.get()) {
                            cb.call(a.ageDays(), a.list());
                        }
                    }).register(registry);
    private final io.prometheus.metrics.core.metrics.GaugeWithCallback listStale =
            io.prometheus.metrics.core.metrics.GaugeWithCallback.builder().name("cordon_list_stale")
                    .help("1 when a publisher's list is older than lists.max-age, else 0")
                    .labelNames("list").callback(cb -> {
                        for (ListAge a : ages.get()) {
                            cb.call(a.stale() ? 1 : 0, a.list());
                        }
                    }).register(registry);

    /** Where the list-age gauges read the active lists' ages at each scrape. */
    public void listAges(java.util.function.Supplier<java.util.List<ListAge>> source) {
        this.ages = source;
    }

    public void request(String method, String route, int status, double seconds) {
        requests.labelValues(method, route, Integer.toString(status)).inc();
        latency.labelValues(method, route).observe(seconds);
    }

    public void decision(String outcome) {
        decisions.labelValues(outcome).inc();
    }

    public void lists(java.util.List<String> versions, int names) {
        for (String v : versions) {
            int at = v.lastIndexOf('@');
            try {
                listVersion.labelValues(v.substring(0, at)).set(Integer.parseInt(v.substring(at + 1)));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                // A version label that is not list@N (files read directly) has no number to show.
            }
        }
        listEntries.set(names);
    }

    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
