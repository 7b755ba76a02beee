package org.cordon.ingest.csl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cordon.ingest.MalformedField;
import org.cordon.model.Address;
import org.cordon.model.Country;

/**
 * A result of the CSL JSON. Lists are arrays there (addresses and ids of objects), absent values are
 * {@code null}, and the id is {@code id} (the API) or {@code _id} (the CSV's name).
 */
final class CslJsonEntry implements CslEntry {

    private final JsonNode node;
    private final int index;
    private final long line;

    CslJsonEntry(JsonNode node, int index, long line) {
        this.node = node;
        this.index = index;
        this.line = line;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String path(String field) {
        return "results[" + index + "]." + jsonName(field);
    }

    @Override
    public String text(String field) {
        JsonNode v = node.path(jsonName(field));
        if (v.isArray()) {
            return String.join("; ", values(field));
        }
        return v.isValueNode() && !v.isNull() ? v.asText().strip() : "";
    }

    @Override
    public List<String> values(String field) {
        JsonNode v = node.path(jsonName(field));
        if (!v.isArray()) {
            return CslCsvEntry.split(text(field));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (item.isValueNode() && !item.isNull() && !item.asText().isBlank()) {
                out.add(item.asText().strip());
            }
        }
        return out;
    }

    @Override
    public List<Address> addresses() throws MalformedField {
        JsonNode v = node.path("addresses");
        if (!v.isArray()) {
            return CslCsvEntry.addresses(text("addresses"));
        }
        List<Address> out = new ArrayList<>();
        for (JsonNode a : v) {
            if (a.isTextual()) {
                CslAddressText.parse(a.asText()).ifPresent(out::add);
            } else if (a.isObject()) {
                String country = field(a, "country");
                Address address = new Address(field(a, "address"), field(a, "city"), field(a, "state"),
                        field(a, "postal_code"), country.isEmpty() ? Optional.empty() : Optional.of(Country.of(country)));
                if (!address.oneLine().isEmpty()) {
                    out.add(address);
                }
            } else if (!a.isNull()) {
                throw new MalformedField(path("addresses"), "an address is neither an object nor text");
            }
        }
        return out;
    }

    @Override
    public List<CslId> ids() {
        JsonNode v = node.path("ids");
        if (!v.isArray()) {
            return CslCsvEntry.ids(text("ids"));
        }
        List<CslId> out = new ArrayList<>();
        for (JsonNode id : v) {
            if (id.isTextual()) {
                out.add(CslId.parse(id.asText()));
            } else if (id.isObject()) {
                out.add(new CslId(field(id, "type"), field(id, "number"), field(id, "country")));
            }
        }
        return out;
    }

    private String jsonName(String field) {
        return field.equals("_id") && !node.hasNonNull("_id") ? "id" : field;
    }

    private static String field(JsonNode object, String name) {
        JsonNode v = object.path(name);
        return v.isValueNode() && !v.isNull() ? v.asText().strip() : "";
    }
}
