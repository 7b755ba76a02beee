package org.cordon.policy.device;

import java.util.Optional;
import org.cordon.policy.resolve.DeviceDirectory;

/** A TAC table as the resolver's device directory: an IMEI that does not parse, or an unknown TAC, is unknown. */
public final class TacDirectory implements DeviceDirectory {

    private final TacTable table;

    public TacDirectory(TacTable table) {
        this.table = table;
    }

    /** The project's curated TACs only. */
    public static TacDirectory bundled() {
        try {
            return new TacDirectory(TacTable.of(CuratedTacReader.readBundled().models()));
        } catch (TacFileException e) {
            throw new IllegalStateException("the bundled curated TAC file does not read: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Device> lookup(String imei) {
        Imei parsed;
        try {
            parsed = Imei.parse(imei);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return table.lookup(parsed).map(m -> new Device(m.tac(), m.brand(), m.model(), m.source()));
    }

    public int size() {
        return table.size();
    }
}
