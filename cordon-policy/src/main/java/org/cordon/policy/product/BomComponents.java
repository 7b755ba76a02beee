package org.cordon.policy.product;

import java.util.List;
import java.util.Locale;
import org.cordon.policy.resolve.BomDirectory;

/**
 * CycloneDX BOMs as the resolver reads them. A part is essential unless the BOM says otherwise with the property
 * {@code cordon:essential} = {@code false}: a BOM does not say which parts a product needs, and assuming any part may
 * be essential is the side of caution section 889 asks for.
 */
public final class BomComponents implements BomDirectory {

    public static final String ESSENTIAL_PROPERTY = "cordon:essential";

    private final CycloneDxBomReader reader = new CycloneDxBomReader();

    @Override
    public List<Component> read(String bomJson) {
        try {
            return reader.read(bomJson).stream().map(BomComponents::component).toList();
        } catch (BomException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Component component(BomComponent c) {
        boolean essential = !c.properties().getOrDefault(ESSENTIAL_PROPERTY, List.of()).stream()
                .anyMatch(v -> v.strip().toLowerCase(Locale.ROOT).equals("false"));
        String name = c.name() + (c.version().isEmpty() ? "" : " " + c.version());
        return new Component(name, c.makers(), essential, c.children().stream().map(BomComponents::component).toList());
    }
}
