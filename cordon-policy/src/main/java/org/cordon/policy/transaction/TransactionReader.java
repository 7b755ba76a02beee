package org.cordon.policy.transaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.cordon.model.Country;
import org.cordon.model.IdentifierType;

/**
 * Reads the transaction JSON of {@code cordon check} (see docs/decisions.md) into a {@link Transaction}, checking
 * every field: the first problem throws a {@link TransactionException} naming its JSON path.
 */
public final class TransactionReader {

    /** Components nest deeper than any real product at this depth; beyond it the input is taken as malformed. */
    static final int MAX_DEPTH = 32;

    private static final Pattern ECCN = Pattern.compile("EAR99|[0-9][A-E][0-9]{3}(\\.[A-Za-z0-9.]+)?");
    private static final Set<String> IDENTIFIER_TYPES = java.util.Arrays.stream(IdentifierType.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
    }

    private static final Set<String> TRANSACTION_FIELDS = Set.of("type", "date", "buyer", "seller", "endUser", "items",
            "funding", "venue", "use", "person", "technology", "representation", "investment", "waivers",
            "thirdPartyConnection", "ownership", "reference");
    private static final Set<String> PARTY_FIELDS = Set.of("name", "kind", "country", "ultimateParentCountry",
            "identifiers");
    private static final Set<String> ITEM_FIELDS = Set.of("description", "manufacturer", "brand", "model", "imei",
            "gtin", "eccn", "essential", "routesUserData", "foreignProduced", "usOriginTechnology", "service", "components",
            "cyclonedx");
    private static final Set<String> PERSON_FIELDS = Set.of("name", "citizenships", "permanentResidence",
            "mostRecentCountry", "usPerson", "protectedIndividual", "employer");
    private static final Set<String> TECHNOLOGY_FIELDS = Set.of("eccn", "fundamentalResearch", "published", "usml",
            "tsu", "employeeOfUsCompany", "sensitiveResearch");
    private static final Set<String> REPRESENTATION_FIELDS = Set.of("provides", "uses", "disclosure");
    private static final Set<String> DISCLOSURE_FIELDS = Set.of("entity", "brand", "model", "description", "use");
    private static final Set<String> INVESTMENT_FIELDS = Set.of("share", "criticalTechnology", "control");
    private static final Set<String> WAIVER_FIELDS = Set.of("program", "reference", "expires");
    private static final Set<String> FACT_FIELDS = Set.of("subject", "kind", "target", "share", "source");
    private static final Set<String> FACT_KINDS = Set.of("subsidiary_of", "owned_by", "affiliate_of",
            "relabels_products_of");
    private static final Set<String> TSU_KINDS = Set.of("operation", "sales", "mass-market-software");
    private static final Set<String> CONNECTIONS = Set.of("backhaul", "roaming", "interconnection");

    private final Predicate<String> knownEccn;

    /** @param knownEccn which ECCNs the programs know; another well-formed ECCN is still an error, never ignored */
    public TransactionReader(Predicate<String> knownEccn) {
        this.knownEccn = knownEccn;
    }

    public Transaction read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new TransactionException("", "not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        return read(root);
    }

    public Transaction read(JsonNode root) {
        JsonObject tx = JsonObject.of(root, "", TRANSACTION_FIELDS);
        TransactionType type = tx.choice("type", TransactionType.class)
                .orElseThrow(() -> new TransactionException("type", "is required: one of "
                        + WireName.choices(TransactionType.class)));
        var date = tx.date("date").orElseThrow(() -> new TransactionException("date",
                "is required: the day the transaction takes place, YYYY-MM-DD (decisions are as of a date)"));
        Transaction t = new Transaction(type, date,
                tx.object("buyer", PARTY_FIELDS).map(this::party),
                tx.object("seller", PARTY_FIELDS).map(this::party),
                tx.object("endUser", PARTY_FIELDS).map(this::party),
                tx.list("items", (n, p) -> item(n, p, 0)),
                tx.choice("funding", Funding.class),
                tx.text("venue"),
                tx.choice("use", Use.class),
                tx.object("person", PERSON_FIELDS).map(this::person),
                tx.object("technology", TECHNOLOGY_FIELDS).map(this::technology),
                tx.object("representation", REPRESENTATION_FIELDS).map(this::representation),
                tx.object("investment", INVESTMENT_FIELDS).map(TransactionReader::investment),
                tx.list("waivers", (n, p) -> waiver(JsonObject.of(n, p, WAIVER_FIELDS))),
                oneOf(tx, "thirdPartyConnection", CONNECTIONS),
                tx.list("ownership", (n, p) -> fact(JsonObject.of(n, p, FACT_FIELDS))),
                tx.text("reference"));
        new TransactionRequirements(t).check();
        return t;
    }

    private TxParty party(JsonObject o) {
        Map<String, String> ids = new HashMap<>();
        o.object("identifiers", anyKeys(o, "identifiers")).ifPresent(idObj -> {
            for (var it = o.raw("identifiers").fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!IDENTIFIER_TYPES.contains(key)) {
                    throw new TransactionException(idObj.field(key), "unknown identifier type; known: "
                            + String.join(", ", IDENTIFIER_TYPES.stream().sorted().toList()));
                }
                ids.put(key, idObj.requiredText(key));
            }
        });
        return new TxParty(o.requiredText("name"),
                o.choice("kind", PartyKind.class).orElseThrow(() -> new TransactionException(o.field("kind"),
                        "is required: one of " + WireName.choices(PartyKind.class))),
                country(o, "country"), country(o, "ultimateParentCountry"), ids);
    }

    /** The identifiers object may hold any identifier type as a key; the keys are checked one by one. */
    private static Set<String> anyKeys(JsonObject o, String name) {
        JsonNode v = o.raw(name);
        Set<String> keys = new java.util.HashSet<>();
        if (v != null && v.isObject()) {
            v.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    private Item item(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new TransactionException(path, "components nest deeper than " + MAX_DEPTH + " levels");
        }
        JsonObject o = JsonObject.of(node, path, ITEM_FIELDS);
        if (o.text("description").isEmpty() && o.text("manufacturer").isEmpty() && o.text("brand").isEmpty()
                && o.text("model").isEmpty() && o.text("imei").isEmpty() && !o.has("cyclonedx")) {
            throw new TransactionException(path, "an item needs at least one of description, manufacturer, brand, model, imei or cyclonedx");
        }
        Optional<String> bom = Optional.empty();
        if (o.has("cyclonedx")) {
            JsonNode b = o.raw("cyclonedx");
            if (!b.isObject()) {
                throw new TransactionException(o.field("cyclonedx"), "must be a CycloneDX BOM as a JSON object, not " + JsonObject.describe(b));
            }
            bom = Optional.of(b.toString());
        }
        return new Item(o.text("description"), o.text("manufacturer"), o.text("brand"), o.text("model"),
                imei(o), o.text("gtin"), eccn(o, "eccn", false), o.bool("essential", true), o.optionalBool("routesUserData"),
                o.bool("foreignProduced", false), o.bool("usOriginTechnology", false), o.bool("service", false),
                o.list("components", (n, p) -> item(n, p, depth + 1)), bom);
    }

    private static String imei(JsonObject o) {
        String s = o.text("imei").replaceAll("[\\s-]", "");
        if (!s.isEmpty() && !s.matches("[0-9]{8}|[0-9]{14,16}")) {
            throw new TransactionException(o.field("imei"), "an IMEI has 15 digits (an IMEISV 16, a TAC 8), not '" + o.text("imei") + "'");
        }
        return s;
    }

    private String eccn(JsonObject o, String name, boolean required) {
        String s = o.text(name).toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            if (required) {
                throw new TransactionException(o.field(name), "is required: the ECCN of the technology, or EAR99");
            }
            return s;
        }
        if (!ECCN.matcher(s).matches()) {
            throw new TransactionException(o.field(name), "'" + s + "' is not an ECCN (like 3E001 or 5A002.a) nor EAR99");
        }
        if (!knownEccn.test(s)) {
            throw new TransactionException(o.field(name), "unknown ECCN " + s
                    + ": Cordon's Commerce Control List data does not have it, so it cannot say which reasons for control apply");
        }
        return s;
    }

    private Person person(JsonObject o) {
        List<String> citizenships = o.list("citizenships", (n, p) -> {
            if (!n.isTextual()) {
                throw new TransactionException(p, "must be a country code such as CN");
            }
            return countryCode(n.asText(), p);
        });
        Optional<String> residence = country(o, "permanentResidence");
        Optional<String> mostRecent = country(o, "mostRecentCountry");
        if (mostRecent.isPresent() && (!citizenships.isEmpty() || residence.isPresent())
                && !citizenships.contains(mostRecent.get()) && !residence.equals(mostRecent)) {
            throw new TransactionException(o.field("mostRecentCountry"), "'" + mostRecent.get() + "' is neither one of"
                    + " the citizenships nor the permanent residence given: it names which of them is the most recent"
                    + " (15 CFR 734.13(b))");
        }
        return new Person(o.text("name"), citizenships, residence, mostRecent, o.bool("usPerson", false),
                o.bool("protectedIndividual", false), o.text("employer"));
    }

    private Technology technology(JsonObject o) {
        return new Technology(eccn(o, "eccn", true), o.bool("fundamentalResearch", false), o.bool("published", false),
                o.bool("usml", false), oneOf(o, "tsu", TSU_KINDS), o.bool("employeeOfUsCompany", false),
                o.bool("sensitiveResearch", false));
    }

    private Representation representation(JsonObject o) {
        var provides = o.choice("provides", Representation.Answer.class).orElseThrow(() ->
                new TransactionException(o.field("provides"), "is required: does or does-not (FAR 52.204-26(c)(1))"));
        var uses = o.choice("uses", Representation.Answer.class).orElseThrow(() ->
                new TransactionException(o.field("uses"), "is required: does or does-not (FAR 52.204-26(c)(2))"));
        var disclosure = o.object("disclosure", DISCLOSURE_FIELDS).map(d -> new Representation.Disclosure(
                d.text("entity"), d.text("brand"), d.text("model"), d.text("description"), d.text("use")));
        boolean does = provides == Representation.Answer.DOES || uses == Representation.Answer.DOES;
        if (does) {
            JsonObject d = o.object("disclosure", DISCLOSURE_FIELDS).orElseThrow(() -> new TransactionException(
                    o.field("disclosure"), "is required when the offeror answers \"does\": FAR 52.204-24(e) asks for the"
                            + " entity that produced the equipment, its brand, model and use"));
            for (String f : List.of("entity", "description", "use")) {
                d.requiredText(f);
            }
            if (d.text("brand").isEmpty() && d.text("model").isEmpty()) {
                throw new TransactionException(d.field("brand"), "a disclosure names the brand or the model (FAR 52.204-24(e)(1))");
            }
        }
        return new Representation(provides, uses, disclosure);
    }

    private static Investment investment(JsonObject o) {
        return new Investment(o.share("share").orElse(0.0), o.bool("criticalTechnology", false), o.bool("control", false));
    }

    private static Waiver waiver(JsonObject o) {
        return new Waiver(o.requiredText("program"), o.text("reference"), o.date("expires").orElseThrow(() ->
                new TransactionException(o.field("expires"), "is required: a waiver is valid until a date")));
    }

    private static OwnershipFact fact(JsonObject o) {
        String kind = oneOf(o, "kind", FACT_KINDS);
        if (kind.isEmpty()) {
            throw new TransactionException(o.field("kind"), "is required: one of " + String.join("|", FACT_KINDS.stream().sorted().toList()));
        }
        Optional<Double> share = o.share("share");
        if (kind.equals("owned_by") && share.isEmpty()) {
            throw new TransactionException(o.field("share"), "is required for owned_by: the share held, 0 to 1");
        }
        return new OwnershipFact(o.requiredText("subject"), kind, o.requiredText("target"), share, o.text("source"));
    }

    private static String oneOf(JsonObject o, String name, Set<String> allowed) {
        String s = o.text(name);
        if (!s.isEmpty() && !allowed.contains(s)) {
            throw new TransactionException(o.field(name), "'" + s + "' is not one of "
                    + String.join("|", allowed.stream().sorted().toList()));
        }
        return s;
    }

    private static Optional<String> country(JsonObject o, String name) {
        String s = o.text(name);
        return s.isEmpty() ? Optional.empty() : Optional.of(countryCode(s, o.field(name)));
    }

    private static String countryCode(String text, String field) {
        String s = text.strip();
        Country c = Country.of(s.length() == 2 ? s.toUpperCase(Locale.ROOT) : s);
        if (!c.isKnown()) {
            throw new TransactionException(field, "'" + text + "' is not a country (use an ISO 3166 code such as CN)");
        }
        return c.code();
    }
}
