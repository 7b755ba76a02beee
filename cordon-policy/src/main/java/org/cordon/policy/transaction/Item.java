package org.cordon.policy.transaction;

import java.util.List;
import java.util.Optional;

/**
 * Equipment, a service or a component in a transaction. Components nest to any depth; {@code bom} is a
 * CycloneDX BOM (JSON text) of the item, walked like the components.
 *
 * @param essential for a component: necessary for the proper function of its parent (a "substantial or
 *     essential component", FAR 52.204-25(a)); top-level items are always essential to themselves
 * @param routesUserData false when the user states the equipment cannot route or redirect user data or see it
 *     (the FAR 4.2102(b)(2) exception); absent means unknown, which does not earn the exception
 * @param service a service the seller provides itself (transit, hosting, support): its provider is the seller,
 *     so no maker is asked for; equipment and software that name no maker are unresolved
 */
public record Item(String description, String manufacturer, String brand, String model, String imei, String gtin,
                   String eccn, boolean essential, Optional<Boolean> routesUserData, boolean foreignProduced,
                   boolean usOriginTechnology, boolean service, List<Item> components, Optional<String> bom) {

    public Item {
        components = List.copyOf(components);
    }
}
