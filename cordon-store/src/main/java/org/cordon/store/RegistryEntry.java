package org.cordon.store;

import java.util.Objects;

/**
 * One of the organisation's own suppliers, products or people.
 *
 * @param id assigned by the organisation (a vendor number, a SKU, an employee id)
 * @param attributesJson anything else about it, as a JSON document (country, owners, components...)
 */
public record RegistryEntry(String id, RegistryKind kind, String name, String attributesJson) {

    public RegistryEntry {
        Checks.nonBlank(id, "id");
        Objects.requireNonNull(kind, "kind");
        Checks.nonBlank(name, "name");
        Json.require(attributesJson, "attributesJson");
    }
}
