package org.cordon.policy.device;

import java.util.List;

/**
 * What one Type Allocation Code stands for.
 *
 * @param tac    the 8-digit TAC
 * @param brand  the brand the device is sold under, as the source writes it (trimmed); a brand is not always the
 *               maker: devices are relabelled
 * @param model  the model name, or empty when the source does not give one
 * @param source where the fact comes from: the file and line it was read from, or the citation of a curated row
 * @param aka    other names the model is known by, in the source's order
 */
public record DeviceModel(String tac, String brand, String model, String source, List<String> aka) {

    public DeviceModel {
        if (tac == null || !Tacs.isTac(tac)) {
            throw new IllegalArgumentException("a TAC has 8 digits, not '" + tac + "'");
        }
        if (brand == null || brand.isBlank()) {
            throw new IllegalArgumentException("the model with TAC " + tac + " has no brand");
        }
        brand = brand.strip();
        model = model == null ? "" : model.strip();
        source = source == null ? "" : source.strip();
        aka = aka == null ? List.of() : List.copyOf(aka);
    }

    public DeviceModel(String tac, String brand, String model, String source) {
        this(tac, brand, model, source, List.of());
    }
}
