package org.cordon.policy.resolve;

import java.util.List;

/** Reads a CycloneDX BOM (JSON text) into the components whose makers are to be resolved. */
@FunctionalInterface
public interface BomDirectory {

    /**
     * A component of a BOM: the organisations that may have made it, and its own components.
     *
     * @param essential false only when the BOM says so (property {@code cordon:essential} = false)
     */
    record Component(String name, List<String> makers, boolean essential, List<Component> children) {
        public Component {
            makers = List.copyOf(makers);
            children = List.copyOf(children);
        }
    }

    /** The top-level components; throws {@link IllegalArgumentException} naming the JSON path of a fault. */
    List<Component> read(String bomJson);

    BomDirectory NONE = json -> {
        throw new IllegalArgumentException("CycloneDX BOMs are not read in this setup");
    };
}
