package org.cordon.server.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cordon.match.Match;
import org.cordon.match.ScreeningQuery;
import org.cordon.model.Country;
import org.cordon.model.PartyType;
import org.cordon.server.engine.Engine;
import org.cordon.store.AuditLog;
import org.cordon.store.Database;
import org.cordon.store.Registry;
import org.cordon.store.RegistryEntry;
import org.cordon.store.RegistryKind;
import org.cordon.store.RegistryScreening;
import org.cordon.store.RegistryScreenings;

/**
 * Screens registry entries against the engine's lists and compares with their last screening: a listed party an
 * entry matches now and did not before (a new listing, a new alias, a new entry in the registry) is an alert, kept
 * as a {@code registry.alert} audit record. Screening reads the entry's name, its kind (a person is screened as a
 * person) and the {@code country} attribute when it has one.
 */
public final class RegistryMonitor {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A listed party a registry entry newly matches. */
    public record Alert(String entryId, String entryName, String kind, String partyId, String partyName, double score,
                        String listVersion) {}

    private final Registry registry;
    private final RegistryScreenings screenings;
    private final AuditLog audit;

    public RegistryMonitor(Database db) {
        this.registry = new Registry(db);
        this.screenings = new RegistryScreenings(db);
        this.audit = new AuditLog(db);
    }

    /** Every entry of the registry, screened against the engine's lists. */
    public synchronized List<Alert> rescreenAll(Engine engine, String actor) {
        List<Alert> alerts = new ArrayList<>();
        for (RegistryKind kind : RegistryKind.values()) {
            for (RegistryEntry e : registry.list(kind)) {
                alerts.addAll(rescreen(engine, e, actor));
            }
        }
        return alerts;
    }

    /** One entry, screened against the engine's lists; its screening is kept, its new matches alerted. */
    public synchronized List<Alert> rescreen(Engine engine, RegistryEntry e, String actor) {
        List<Match> matches = engine.screener().screen(query(e));
        Set<String> before = screenings.get(e.id()).map(RegistryMonitor::parties).orElse(Set.of());
        List<Map<String, Object>> now = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        for (Match m : matches) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("party", m.party().id());
            j.put("name", m.party().primaryName().value());
            j.put("score", m.score());
            j.put("listVersion", m.listVersion());
            now.add(j);
            if (!before.contains(m.party().id())) {
                Alert a = new Alert(e.id(), e.name(), e.kind().wireName(), m.party().id(),
                        m.party().primaryName().value(), m.score(), m.listVersion());
                alerts.add(a);
                audit.append(actor, "registry.alert", e.id(), write(a), engine.listVersions());
            }
        }
        screenings.record(e.id(), engine.listVersions(), write(now));
        return alerts;
    }

    private static ScreeningQuery query(RegistryEntry e) {
        PartyType type = e.kind() == RegistryKind.PERSON ? PartyType.PERSON : PartyType.UNKNOWN;
        Optional<Country> country = Optional.empty();
        try {
            JsonNode attributes = JSON.readTree(e.attributesJson());
            String c = attributes.path("country").asText("").strip();
            if (!c.isEmpty()) {
                Country parsed = Country.of(c.length() == 2 ? c.toUpperCase(Locale.ROOT) : c);
                country = parsed.isKnown() ? Optional.of(parsed) : Optional.empty();
            }
        } catch (JsonProcessingException ex) {
            // Attributes are stored as valid JSON; an unreadable one simply adds no country.
        }
        return new ScreeningQuery(e.name(), type, country, Optional.empty(), List.of());
    }

    private static Set<String> parties(RegistryScreening s) {
        Set<String> out = new HashSet<>();
        try {
            JSON.readTree(s.matchesJson()).forEach(m -> out.add(m.path("party").asText()));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("registry screening of " + s.entryId() + " is not JSON", ex);
        }
        return out;
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
