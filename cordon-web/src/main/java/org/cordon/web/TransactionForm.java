package org.cordon.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The guided check forms and the transaction JSON they make (docs/decisions.md). Each type asks for its own parts;
 * the policy's reader then checks the JSON as it checks any other, and its complaints come back to the field here.
 */
public final class TransactionForm {

    /** A type of transaction the forms guide: its wire name, title, what it is for, and which parts it asks for. */
    public record Kind(String type, String title, String summary, List<String> parts) {
        public boolean has(String part) {
            return parts.contains(part);
        }
    }

    public static final List<Kind> KINDS = List.of(
            new Kind("procurement", "Procurement", "An agency or contractor buys equipment or services (section 889 part A).",
                    List.of("buyer", "seller", "item", "use", "ownership", "waiver")),
            new Kind("contractor-representation", "Contractor representation",
                    "An offeror represents whether it provides or uses covered telecom (FAR 52.204-24/-26, section 889).",
                    List.of("buyer", "seller", "representation", "ownership", "waiver")),
            new Kind("subsidized-purchase", "Subsidised purchase", "A carrier buys with USF or grant money (FCC rules, grants).",
                    List.of("buyer", "seller", "item", "funding", "use", "ownership")),
            new Kind("export", "Export", "Items leave the United States (denial orders, the Entity List).",
                    List.of("seller", "endUser", "item")),
            new Kind("retail-sale", "Retail sale", "A store sells devices, for example a military exchange.",
                    List.of("seller", "item", "venue")),
            new Kind("device-check", "Device check", "Is this phone or device from a covered maker? By IMEI, brand or model.",
                    List.of("item", "imei")),
            new Kind("technology-release", "Technology release", "Controlled technology shown to a foreign national in the US (deemed export).",
                    List.of("buyer", "person", "technology")),
            new Kind("investment", "Investment", "A foreign investor takes a share of a US business (CFIUS).",
                    List.of("buyer", "seller", "investment")));

    /** Every form field, in the order the JSON is built from. */
    static final List<String> FIELDS = List.of("type", "date", "reference",
            "buyer-name", "buyer-kind", "buyer-country", "buyer-parentCountry",
            "seller-name", "seller-kind", "seller-country",
            "endUser-name", "endUser-kind", "endUser-country",
            "item-description", "item-manufacturer", "item-brand", "item-model", "item-eccn", "item-imei", "item-service",
            "use", "funding", "venue",
            "person-name", "person-citizenships", "person-residence", "person-recent",
            "tech-eccn", "tech-fundamental", "tech-published",
            "inv-share", "inv-critical", "inv-control",
            "rep-provides", "rep-uses", "rep-entity", "rep-brand", "rep-model", "rep-description", "rep-use",
            "own-subject", "own-kind", "own-target", "own-share", "waiver-program", "waiver-reference", "waiver-expires");

    static final List<String[]> PARTY_KINDS = List.of(new String[] {"", "—"},
            new String[] {"federal-agency", "Federal agency"}, new String[] {"contractor", "Contractor"},
            new String[] {"carrier", "Carrier"}, new String[] {"company", "Company"},
            new String[] {"university", "University"}, new String[] {"exchange", "Exchange"},
            new String[] {"person", "Person"});

    static final List<String[]> USES = List.of(new String[] {"", "Not stated"},
            new String[] {"public-safety", "Public safety"},
            new String[] {"government-facility-security", "Security of government facilities"},
            new String[] {"critical-infrastructure-surveillance", "Surveillance of critical infrastructure"},
            new String[] {"national-security", "National security"}, new String[] {"general", "General"});

    static final List<String[]> FUNDING = List.of(new String[] {"", "—"}, new String[] {"usf", "Universal Service Fund"},
            new String[] {"grant", "Federal grant"}, new String[] {"federal-appropriation", "Federal appropriation"},
            new String[] {"private", "Private money"});

    static final List<String[]> VENUES = List.of(new String[] {"", "—"},
            new String[] {"military-exchange", "Military exchange"}, new String[] {"civilian-store", "Civilian store"});

    static final List<String[]> ANSWERS = List.of(new String[] {"", "—"}, new String[] {"does-not", "Does not"},
            new String[] {"does", "Does"});

    private TransactionForm() {}

    public static List<String[]> answers() {
        return ANSWERS;
    }

    static final List<String[]> TIES = List.of(new String[] {"owned_by", "Owned by"},
            new String[] {"subsidiary_of", "A subsidiary of"}, new String[] {"affiliate_of", "An affiliate of"},
            new String[] {"relabels_products_of", "Selling products made by"});

    static final List<String[]> WAIVER_PROGRAMS = List.of(new String[] {"", "—"},
            new String[] {"ndaa-889-part-a", "Section 889 Part A"}, new String[] {"ndaa-889-part-b", "Section 889 Part B"});

    public static List<String[]> ties() {
        return TIES;
    }

    public static List<String[]> waiverPrograms() {
        return WAIVER_PROGRAMS;
    }

    public static List<String[]> partyKinds() {
        return PARTY_KINDS;
    }

    public static List<String[]> uses() {
        return USES;
    }

    public static List<String[]> funding() {
        return FUNDING;
    }

    public static List<String[]> venues() {
        return VENUES;
    }

    static Kind kind(String type) {
        return KINDS.stream().filter(k -> k.type().equals(type)).findFirst().orElse(null);
    }

    /** The transaction JSON of a filled form: only the parts its type asks for, only the fields filled in. */
    static ObjectNode toJson(Form f, Kind kind) {
        ObjectNode tx = JsonNodeFactory.instance.objectNode();
        tx.put("type", kind.type());
        put(tx, "date", f.value("date"));
        for (String role : List.of("buyer", "seller", "endUser")) {
            if (kind.has(role) && !f.value(role + "-name").isEmpty()) {
                ObjectNode p = tx.putObject(role);
                put(p, "name", f.value(role + "-name"));
                put(p, "kind", f.value(role + "-kind"));
                put(p, "country", upper(f.value(role + "-country")));
                put(p, "ultimateParentCountry", upper(f.value(role + "-parentCountry")));
            }
        }
        if (kind.has("item")) {
            ObjectNode item = JsonNodeFactory.instance.objectNode();
            for (String field : List.of("description", "manufacturer", "brand", "model", "eccn", "imei")) {
                put(item, field, field.equals("eccn") ? upper(f.value("item-eccn")) : f.value("item-" + field));
            }
            if (f.checked("item-service")) {
                item.put("service", true);
            }
            if (!item.isEmpty()) {
                tx.putArray("items").add(item);
            }
        }
        if (kind.has("use")) {
            put(tx, "use", f.value("use"));
        }
        if (kind.has("funding")) {
            put(tx, "funding", f.value("funding"));
        }
        if (kind.has("venue")) {
            put(tx, "venue", f.value("venue"));
        }
        if (kind.has("person") && !(f.value("person-name") + f.value("person-citizenships") + f.value("person-residence")).isEmpty()) {
            ObjectNode p = tx.putObject("person");
            put(p, "name", f.value("person-name"));
            ArrayNode c = JsonNodeFactory.instance.arrayNode();
            Arrays.stream(f.value("person-citizenships").split("[,\\s]+")).filter(s -> !s.isBlank()).map(TransactionForm::upper).forEach(c::add);
            if (!c.isEmpty()) {
                p.set("citizenships", c);
            }
            put(p, "permanentResidence", upper(f.value("person-residence")));
            put(p, "mostRecentCountry", upper(f.value("person-recent")));
        }
        if (kind.has("technology") && !f.value("tech-eccn").isEmpty()) {
            ObjectNode t = tx.putObject("technology");
            put(t, "eccn", upper(f.value("tech-eccn")));
            if (f.checked("tech-fundamental")) {
                t.put("fundamentalResearch", true);
            }
            if (f.checked("tech-published")) {
                t.put("published", true);
            }
        }
        if (kind.has("investment")) {
            ObjectNode inv = JsonNodeFactory.instance.objectNode();
            String share = f.value("inv-share").replace("%", "").strip();
            if (!share.isEmpty()) {
                try {
                    inv.put("share", new BigDecimal(share).movePointLeft(2));
                } catch (NumberFormatException e) {
                    f.fail("inv-share", "Enter the share as a percentage, such as 25.");
                }
            }
            inv.put("criticalTechnology", f.checked("inv-critical"));
            inv.put("control", f.checked("inv-control"));
            if (inv.has("share")) {
                tx.set("investment", inv);
            }
        }
        if (kind.has("representation")) {
            ObjectNode rep = tx.putObject("representation");
            put(rep, "provides", f.value("rep-provides"));
            put(rep, "uses", f.value("rep-uses"));
            ObjectNode d = JsonNodeFactory.instance.objectNode();
            for (String field : List.of("entity", "brand", "model", "description", "use")) {
                put(d, field, f.value("rep-" + field));
            }
            if (!d.isEmpty()) {
                rep.set("disclosure", d);
            }
        }
        if (kind.has("ownership") && !(f.value("own-subject") + f.value("own-target")).isEmpty()) {
            ObjectNode fact = tx.putArray("ownership").addObject();
            put(fact, "subject", f.value("own-subject"));
            put(fact, "kind", f.value("own-kind"));
            put(fact, "target", f.value("own-target"));
            String share = f.value("own-share").replace("%", "").strip();
            if (!share.isEmpty()) {
                try {
                    fact.put("share", new BigDecimal(share).movePointLeft(2));
                } catch (NumberFormatException e) {
                    f.fail("own-share", "Enter the share as a percentage, such as 60.");
                }
            }
        }
        if (kind.has("waiver") && !(f.value("waiver-program") + f.value("waiver-reference") + f.value("waiver-expires")).isEmpty()) {
            ObjectNode w = tx.putArray("waivers").addObject();
            put(w, "program", f.value("waiver-program"));
            put(w, "reference", f.value("waiver-reference"));
            put(w, "expires", f.value("waiver-expires"));
        }
        put(tx, "reference", f.value("reference"));
        return tx;
    }

    /** The form field a reader's JSON path points at ({@code items[0].eccn} -> {@code item-eccn}), or empty. */
    static String formField(String jsonPath, Kind kind) {
        Map<String, String> whole = Map.of("buyer", "buyer-name", "seller", "seller-name", "endUser", "endUser-name",
                "items", kind.has("imei") ? "item-imei" : "item-description", "person", "person-name",
                "technology", "tech-eccn", "investment", "inv-share", "person.citizenships", "person-citizenships",
                "representation", "rep-provides", "representation.disclosure", "rep-entity");
        if (whole.containsKey(jsonPath)) {
            return whole.get(jsonPath);
        }
        String f = jsonPath.replaceFirst("^ownership\\[0\\]", "own").replaceFirst("^waivers\\[0\\]", "waiver")
                .replaceFirst("^representation\\.disclosure", "rep").replaceFirst("^representation", "rep")
                .replaceFirst("^items\\[0\\]", "item").replaceFirst("^technology", "tech")
                .replaceFirst("^investment", "inv").replace("permanentResidence", "residence").replace("mostRecentCountry", "recent")
                .replace("ultimateParentCountry", "parentCountry").replaceAll("\\[\\d+\\]$", "").replace('.', '-');
        return FIELDS.contains(f) ? f : "";
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value.strip());
        }
    }

    private static String upper(String s) {
        return s.strip().toUpperCase(Locale.ROOT);
    }
}
