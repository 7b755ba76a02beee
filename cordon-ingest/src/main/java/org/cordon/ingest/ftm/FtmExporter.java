package org.cordon.ingest.ftm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cordon.model.Address;
import org.cordon.model.Country;
import org.cordon.model.DateKind;
import org.cordon.model.Designation;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.Party;
import org.cordon.model.PartyDate;
import org.cordon.model.PartyType;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;

/**
 * Writes parties as FollowTheMoney entities, one JSON object a line, in the form {@link FtmImporter} reads: each
 * party, then its Address, Identification, Sanction, Ownership and UnknownLink entities. Reading the output back
 * gives the same names, identifiers, addresses, countries, designations and relationships, with these losses:
 * FtM has no "now known as" (written as an alias), no expiry of a designation apart from its end, and countries
 * are ISO codes (a country Cordon could not recognise is written by its name). A tie's dates and citation travel as
 * the link's {@code startDate}, {@code endDate} and {@code sourceUrl} (or {@code summary}).
 */
public final class FtmExporter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String dataset;

    /** @param dataset the FtM dataset name the entities are put in (the list id) */
    public FtmExporter(String dataset) {
        this.dataset = dataset;
    }

    /** Writes the parties; returns the number of entities written. */
    public long write(List<Party> parties, Writer out) throws IOException {
        long count = 0;
        try {
            for (Party p : parties) {
                count += party(p, out);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        return count;
    }

    private int party(Party p, Writer out) throws IOException {
        String schema = schemaOf(p.type());
        String id = p.sourceId();
        ObjectNode props = MAPPER.createObjectNode();
        int written = 1;
        for (Name n : p.names()) {
            String property = switch (n.kind()) {
                case PRIMARY, ORIGINAL_SCRIPT -> "name";
                case AKA, NKA -> "alias";
                case FKA -> "previousName";
                case WEAK_AKA -> "weakAlias";
            };
            add(props, property, n.value());
        }
        for (Country c : p.nationalities()) {
            add(props, p.type() == PartyType.PERSON ? "nationality" : "country", countryValue(c));
        }
        int n = 0;
        StringBuilder derived = new StringBuilder();
        for (Identifier i : p.identifiers()) {
            Optional<String> property = propertyOf(schema, i);
            if (property.isPresent()) {
                add(props, property.get(), i.value());
            } else {
                ObjectNode doc = MAPPER.createObjectNode();
                add(doc, "holder", id);
                add(doc, "number", i.value());
                add(doc, "type", i.label().isEmpty() || FtmImporter.typeOf(i.label(), false) != i.type()
                        ? i.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') : i.label());
                i.country().ifPresent(c -> add(doc, "country", countryValue(c)));
                derived.append(line(id + "-id-" + (++n), "Identification", doc));
                written++;
            }
        }
        for (PartyDate d : p.dates()) {
            String property = d.kind() == DateKind.BIRTH ? "birthDate" : "incorporationDate";
            if (FtmProperties.reads(schema, property)) {
                add(props, property, d.from().toString().replace("~", ""));
                if (!d.to().equals(d.from())) {
                    add(props, property, d.to().toString().replace("~", ""));
                }
            }
        }
        n = 0;
        for (Address a : p.addresses()) {
            String ref = id + "-address-" + (++n);
            ObjectNode address = MAPPER.createObjectNode();
            add(address, "full", a.oneLine());
            add(address, "street", a.street());
            add(address, "city", a.city());
            add(address, "region", a.region());
            add(address, "postalCode", a.postalCode());
            a.country().ifPresent(c -> add(address, "country", countryValue(c)));
            derived.append(line(ref, "Address", address));
            written++;
            add(props, "address", a.oneLine());
            add(props, "addressEntity", ref);
        }
        add(props, "notes", p.remarks());
        if (!p.designations().isEmpty()) {
            add(props, "topics", "sanction");
        }
        n = 0;
        for (Designation d : p.designations()) {
            ObjectNode s = MAPPER.createObjectNode();
            add(s, "entity", id);
            add(s, "program", d.program());
            add(s, "authority", d.authority());
            add(s, "authorityId", d.sourceRecord());
            d.listedOn().ifPresent(day -> add(s, "startDate", day.toString()));
            d.liftedOn().or(d::expiresOn).map(LocalDate::toString).ifPresent(day -> add(s, "endDate", day));
            add(s, d.note().matches("(?i)https?://\\S+") ? "sourceUrl" : "summary", d.note());
            derived.append(line(id + "-sanction-" + (++n), "Sanction", s));
            written++;
        }
        n = 0;
        for (Relationship r : p.relationships()) {
            n++;
            String prefix = p.listId() + "/";
            String target = r.targetId().startsWith(prefix) ? r.targetId().substring(prefix.length())
                    : r.targetId().isEmpty() ? id + "-tie-" + n + "-target" : r.targetId();
            boolean inList = r.targetId().startsWith(prefix);
            ObjectNode link = MAPPER.createObjectNode();
            String linkSchema;
            if (r.kind() == RelationKind.OWNED_BY) {
                linkSchema = "Ownership";
                add(link, "owner", target);
                add(link, "asset", id);
                r.share().ifPresent(s -> add(link, "percentage", s % 1 == 0 ? String.valueOf(s.longValue())
                        : String.valueOf(s)));
            } else {
                linkSchema = "UnknownLink";
                add(link, "subject", id);
                add(link, "object", target);
                add(link, "role", r.kind().name().toLowerCase(Locale.ROOT));
            }
            if (!inList) {
                add(link, "description", r.targetName());
            }
            r.since().ifPresent(d -> add(link, "startDate", d.toString()));
            r.until().ifPresent(d -> add(link, "endDate", d.toString()));
            add(link, r.source().matches("(?i)https?://\\S+") ? "sourceUrl" : "summary", r.source());
            derived.append(line(id + "-tie-" + n, linkSchema, link));
            written++;
        }
        out.write(line(id, schema, props));
        out.write(derived.toString());
        return written;
    }

    private String line(String id, String schema, ObjectNode props) {
        ObjectNode entity = MAPPER.createObjectNode();
        entity.put("id", id);
        entity.put("schema", schema);
        entity.set("properties", props);
        entity.putArray("datasets").add(dataset);
        try {
            return MAPPER.writeValueAsString(entity) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an FtM entity", e);
        }
    }

    static String schemaOf(PartyType type) {
        return switch (type) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case VESSEL -> "Vessel";
            case AIRCRAFT -> "Airplane";
            case UNKNOWN -> "LegalEntity";
        };
    }

    /** The entity property an identifier is written to, where the schema has one and nothing would be lost. */
    private static Optional<String> propertyOf(String schema, Identifier i) {
        if (i.country().isPresent()) {
            return Optional.empty(); // only an Identification keeps the issuing country
        }
        String property = switch (i.type()) {
            case TAX_ID -> i.label().equals("INN") ? "innCode" : "taxNumber";
            case REGISTRATION_NUMBER -> i.label().equals("OGRN") ? "ogrnCode" : "registrationNumber";
            case AIRCRAFT_TAIL -> schema.equals("Airplane") ? "registrationNumber" : "";
            default -> FtmProperties.IDENTIFIERS.stream().filter(p -> p.type() == i.type())
                    .map(FtmProperties.IdProperty::property).findFirst().orElse("");
        };
        if (schema.equals("Airplane") && property.equals("registrationNumber") && i.type() != IdentifierType.AIRCRAFT_TAIL) {
            return Optional.empty();
        }
        return !property.isEmpty() && FtmProperties.reads(schema, property) ? Optional.of(property) : Optional.empty();
    }

    private static String countryValue(Country c) {
        return c.isKnown() ? c.code().toLowerCase(Locale.ROOT) : c.name();
    }

    private static void add(ObjectNode props, String property, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        ArrayNode values = props.has(property) ? (ArrayNode) props.get(property) : props.putArray(property);
        for (var v : values) {
            if (v.asText().equals(value)) {
                return;
            }
        }
        values.add(value);
    }
}
