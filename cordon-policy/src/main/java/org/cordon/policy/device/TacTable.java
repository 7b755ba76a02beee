package org.cordon.policy.device;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TAC to device model, built from one or more sources. A later source replaces an earlier one's model for the
 * same TAC, so that the project's curated rows can add TACs to a public database or correct it.
 *
 * <p>A TAC not in the table is unknown: the table never guesses a maker from the TAC's digits (its first two
 * name the allocating body, and 86, China's, is also given to makers elsewhere).
 */
public final class TacTable {

    private static final TacTable EMPTY = new TacTable(Map.of());
    private final Map<String, DeviceModel> byTac;

    private TacTable(Map<String, DeviceModel> byTac) {
        this.byTac = byTac;
    }

    public static TacTable empty() {
        return EMPTY;
    }

    /** One source; where a TAC repeats, its last model is kept. */
    public static TacTable of(Collection<DeviceModel> models) {
        return empty().overriddenBy(models);
    }

    /** Several sources, earliest first; a later source wins for a TAC two of them have. */
    public static TacTable layered(List<? extends Collection<DeviceModel>> sources) {
        Map<String, DeviceModel> merged = new HashMap<>();
        for (Collection<DeviceModel> source : sources) {
            source.forEach(m -> merged.put(m.tac(), m));
        }
        return new TacTable(Map.copyOf(merged));
    }

    /** This table with {@code later}'s models added, replacing this table's for the TACs both have. */
    public TacTable overriddenBy(Collection<DeviceModel> later) {
        Map<String, DeviceModel> merged = new HashMap<>(byTac);
        later.forEach(m -> merged.put(m.tac(), m));
        return new TacTable(Map.copyOf(merged));
    }

    /** The model of the device's TAC, or empty when no source knows the TAC. */
    public Optional<DeviceModel> lookup(Imei imei) {
        return Optional.ofNullable(byTac.get(imei.tac()));
    }

    /** How many TACs the table knows. */
    public int size() {
        return byTac.size();
    }
}
