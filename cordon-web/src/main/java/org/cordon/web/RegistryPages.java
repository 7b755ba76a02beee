package org.cordon.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cordon.model.Country;
import org.cordon.server.ServiceContext;
import org.cordon.server.monitor.RegistryMonitor;
import org.cordon.store.Registry;
import org.cordon.store.RegistryEntry;
import org.cordon.store.RegistryKind;
import org.cordon.store.RegistryScreening;
import org.cordon.store.RegistryScreenings;

/**
 * The organisation's own suppliers, products and people, each with what it matched at its last screening; an entry
 * is screened when added and again after every list change, and a new match is an alert.
 */
public final class RegistryPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Matched(String party, String name, String score, String href) {}

    public record Row(String id, String kind, String name, String country, String screenedAt, List<Matched> matches) {}

    public record RegistryPage(Chrome chrome, List<Row> rows, Form form, List<RegistryMonitor.Alert> alerts,
                               String message) {}

    private final ServiceContext services;
    private final Registry registry;
    private final RegistryScreenings screenings;
    private final Views views;

    RegistryPages(ServiceContext services, Views views) {
        this.services = services;
        this.registry = new Registry(services.db());
        this.screenings = new RegistryScreenings(services.db());
        this.views = views;
    }

    void show(Context ctx) throws Exception {
        render(ctx, 200, Form.empty().set("kind", "supplier"), List.of(), "");
    }

    void add(Context ctx) throws Exception {
        WebSession s = Gate.session(ctx);
        Form form = Form.of(ctx, List.of("kind", "name", "country"));
        RegistryKind kind = null;
        try {
            kind = RegistryKind.parse(form.value("kind"));
        } catch (IllegalArgumentException e) {
            form.fail("kind", "Choose supplier, product or person.");
        }
        if (form.value("name").isEmpty()) {
            form.fail("name", "Enter the name as your records have it.");
        } else if (form.value("name").length() > 2000) {
            form.fail("name", "At most 2,000 characters.");
        }
        String country = form.value("country").strip();
        if (!country.isEmpty() && !Country.of(country.length() == 2 ? country.toUpperCase(Locale.ROOT) : country).isKnown()) {
            form.fail("country", "Not a country: use a two-letter code such as DE.");
        }
        if (!form.valid()) {
            render(ctx, 400, form, List.of(), "");
            return;
        }
        String attributes = country.isEmpty() ? "{}" : JSON.writeValueAsString(Map.of("country", country.toUpperCase(Locale.ROOT)));
        RegistryEntry e = registry.upsert(new RegistryEntry(UUID.randomUUID().toString(), kind, form.value("name"), attributes));
        List<RegistryMonitor.Alert> alerts = services.registry().rescreen(services.engines().current(), e, s.actor());
        render(ctx, 200, Form.empty().set("kind", kind.wireName()), alerts, "Added " + e.name() + ".");
    }

    void rescreen(Context ctx) throws Exception {
        WebSession s = Gate.session(ctx);
        List<RegistryMonitor.Alert> alerts = services.registry().rescreenAll(services.engines().current(), s.actor());
        render(ctx, 200, Form.empty().set("kind", "supplier"), alerts,
                "Screened again against " + String.join(", ", services.engines().current().listVersions()) + ".");
    }

    private void render(Context ctx, int status, Form form, List<RegistryMonitor.Alert> alerts, String message)
            throws Exception {
        WebSession s = Gate.session(ctx);
        Map<String, RegistryScreening> last = screenings.all();
        List<Row> rows = new ArrayList<>();
        for (RegistryKind kind : RegistryKind.values()) {
            for (RegistryEntry e : registry.list(kind)) {
                RegistryScreening sc = last.get(e.id());
                List<Matched> matches = new ArrayList<>();
                if (sc != null) {
                    for (JsonNode m : JSON.readTree(sc.matchesJson())) {
                        matches.add(new Matched(m.path("party").asText(), m.path("name").asText(),
                                String.format(Locale.ROOT, "%.2f", m.path("score").asDouble()),
                                PartyPages.href(m.path("party").asText())));
                    }
                }
                rows.add(new Row(e.id(), kind.wireName(), e.name(), JSON.readTree(e.attributesJson()).path("country").asText(""),
                        sc == null ? "" : sc.screenedAt().toString().substring(0, 16).replace('T', ' '), matches));
            }
        }
        views.render(ctx, status, "registry.jte", new RegistryPage(Chrome.of(s, "Registry", "registry"), rows, form,
                alerts, message));
    }
}
