package org.cordon.policy.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cordon.model.Designation;
import org.cordon.policy.resolve.Finding;
import org.cordon.policy.resolve.Unresolved;
import org.cordon.policy.transaction.Item;
import org.cordon.policy.transaction.Representation;
import org.cordon.policy.transaction.Transaction;
import org.cordon.policy.transaction.TxParty;

/**
 * The transaction and findings as CEL sees them: maps and lists of strings, booleans, doubles and longs, with
 * every key present (absent text is "", absent parts have {@code present: false}) so that conditions need no
 * {@code has()} guards.
 */
final class CelValues {

    private CelValues() {}

    static Map<String, Object> transaction(Transaction t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", t.type().wire());
        m.put("date", t.date().toString());
        m.put("buyer", party(t.buyer()));
        m.put("seller", party(t.seller()));
        m.put("endUser", party(t.endUser()));
        m.put("items", t.items().stream().map(CelValues::item).toList());
        m.put("funding", t.funding().map(f -> f.wire()).orElse(""));
        m.put("venue", t.venue());
        m.put("use", t.use().map(u -> u.wire()).orElse(""));
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("present", t.person().isPresent());
        person.put("name", t.person().map(p -> p.name()).orElse(""));
        person.put("citizenships", t.person().map(p -> p.citizenships()).orElse(List.of()));
        person.put("permanentResidence", t.person().flatMap(p -> p.permanentResidence()).orElse(""));
        person.put("mostRecentCountry", t.person().flatMap(p -> p.mostRecentCountry()).orElse(""));
        person.put("usPerson", t.person().map(p -> p.usPerson()).orElse(false));
        person.put("protectedIndividual", t.person().map(p -> p.protectedIndividual()).orElse(false));
        person.put("employer", t.person().map(p -> p.employer()).orElse(""));
        m.put("person", person);
        Map<String, Object> tech = new LinkedHashMap<>();
        tech.put("present", t.technology().isPresent());
        tech.put("eccn", t.technology().map(x -> x.eccn()).orElse(""));
        tech.put("fundamentalResearch", t.technology().map(x -> x.fundamentalResearch()).orElse(false));
        tech.put("published", t.technology().map(x -> x.published()).orElse(false));
        tech.put("usml", t.technology().map(x -> x.usml()).orElse(false));
        tech.put("tsu", t.technology().map(x -> x.tsuKind()).orElse(""));
        tech.put("employeeOfUsCompany", t.technology().map(x -> x.employeeOfUsCompany()).orElse(false));
        tech.put("sensitiveResearch", t.technology().map(x -> x.sensitiveResearch()).orElse(false));
        m.put("technology", tech);
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("present", t.representation().isPresent());
        rep.put("provides", t.representation().map(r -> r.provides().wire()).orElse(""));
        rep.put("uses", t.representation().map(r -> r.uses().wire()).orElse(""));
        Optional<Representation.Disclosure> d = t.representation().flatMap(Representation::disclosure);
        Map<String, Object> disclosure = new LinkedHashMap<>();
        disclosure.put("present", d.isPresent());
        disclosure.put("entity", d.map(Representation.Disclosure::entity).orElse(""));
        disclosure.put("brand", d.map(Representation.Disclosure::brand).orElse(""));
        disclosure.put("model", d.map(Representation.Disclosure::model).orElse(""));
        disclosure.put("description", d.map(Representation.Disclosure::description).orElse(""));
        disclosure.put("use", d.map(Representation.Disclosure::use).orElse(""));
        rep.put("disclosure", disclosure);
        m.put("representation", rep);
        Map<String, Object> inv = new LinkedHashMap<>();
        inv.put("present", t.investment().isPresent());
        inv.put("share", t.investment().map(i -> i.share()).orElse(0.0));
        inv.put("criticalTechnology", t.investment().map(i -> i.criticalTechnology()).orElse(false));
        inv.put("control", t.investment().map(i -> i.control()).orElse(false));
        m.put("investment", inv);
        m.put("waivers", t.waivers().stream().map(w -> (Object) Map.of("program", w.program(), "reference", w.reference(),
                "expires", w.expires().toString())).toList());
        m.put("thirdPartyConnection", t.thirdPartyConnection());
        m.put("reference", t.reference());
        return m;
    }

    private static Map<String, Object> party(Optional<TxParty> p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("present", p.isPresent());
        m.put("name", p.map(TxParty::name).orElse(""));
        m.put("kind", p.map(x -> x.kind().wire()).orElse(""));
        m.put("country", p.flatMap(TxParty::country).orElse(""));
        m.put("ultimateParentCountry", p.flatMap(TxParty::ultimateParentCountry).orElse(""));
        return m;
    }

    private static Map<String, Object> item(Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", i.description());
        m.put("manufacturer", i.manufacturer());
        m.put("brand", i.brand());
        m.put("model", i.model());
        m.put("imei", i.imei());
        m.put("eccn", i.eccn());
        m.put("routesUserData", i.routesUserData().map(String::valueOf).orElse("unknown"));
        m.put("foreignProduced", i.foreignProduced());
        m.put("usOriginTechnology", i.usOriginTechnology());
        m.put("service", i.service());
        m.put("components", (long) i.components().size());
        return m;
    }

    /** Days a designation has been in force on the transaction's date, where its start is known: grace periods. */
    private static final long LISTED_LONG_AGO = 1_000_000L;

    static Map<String, Object> finding(Finding f, java.time.LocalDate day) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", f.subject().field());
        m.put("role", f.subject().role());
        m.put("name", f.subject().name());
        m.put("essential", f.subject().essential());
        m.put("depth", (long) f.subject().depth());
        m.put("score", f.score());
        m.put("certain", f.certain());
        m.put("direct", f.direct());
        m.put("party", f.matchedPartyId());
        m.put("matchedName", f.matchedName());
        m.put("designated", f.designatedPartyId());
        m.put("designatedSourceId", f.designatedSourceId());
        m.put("designatedName", f.designatedName());
        m.put("family", f.family());
        m.put("list", f.list());
        m.put("listVersion", f.listVersion());
        m.put("programs", f.programs());
        m.put("licencePolicy", String.join("; ", f.designations().stream().map(Designation::licencePolicy)
                .filter(s -> !s.isEmpty()).distinct().toList()));
        m.put("licenceRequirement", String.join("; ", f.designations().stream().map(Designation::licenceRequirement)
                .filter(s -> !s.isEmpty()).distinct().toList()));
        m.put("authority", String.join("; ", f.designations().stream().map(Designation::authority)
                .filter(s -> !s.isEmpty()).distinct().toList()));
        Map<String, Object> days = new LinkedHashMap<>();
        for (Designation d : f.designations()) {
            long n = d.listedOn().map(on -> java.time.temporal.ChronoUnit.DAYS.between(on, day)).orElse(LISTED_LONG_AGO);
            days.merge(d.program(), n, (a, b) -> Math.max((Long) a, (Long) b));
        }
        m.put("daysListed", days);
        Map<String, Object> listedOn = new LinkedHashMap<>();
        f.designations().forEach(d -> d.listedOn().ifPresent(on -> listedOn.putIfAbsent(d.program(), on.toString())));
        m.put("listedOn", listedOn);
        return m;
    }

    static Map<String, Object> unresolved(Unresolved u) {
        return Map.of("field", u.field(), "role", u.role(), "name", u.name(), "kind", u.kind().wire(), "what", u.what());
    }

    /** YAML gives Integers, CEL wants Longs; nested maps and lists are converted all the way down. */
    static Object normalise(Object v) {
        if (v instanceof Integer i) {
            return (long) i;
        }
        if (v instanceof Float x) {
            return (double) x;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, x) -> out.put(String.valueOf(k), normalise(x)));
            return out;
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(x -> out.add(normalise(x)));
            return out;
        }
        return v == null ? "" : v;
    }
}
