package org.cordon.server.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.cordon.policy.Decisions;
import org.cordon.policy.program.ExportControlData;
import org.cordon.policy.program.ProgramCatalog;
import org.cordon.policy.resolve.BomDirectory;
import org.cordon.policy.resolve.DeviceDirectory;
import org.cordon.policy.resolve.Resolver;
import org.cordon.policy.resolve.ListedParties;
import org.cordon.snapshot.ListSnapshot;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;

/**
 * Holds the current engine and rebuilds it from the store's active versions. Readers never wait: a rebuild happens
 * beside the current engine and replaces it in one atomic step.
 */
public final class EngineHolder {

    private final SnapshotStore store;
    private final ProgramCatalog programs;
    private final ExportControlData exportData;
    private final DeviceDirectory devices;
    private final BomDirectory boms;
    private final double reviewFloor;
    private final AtomicReference<Engine> current = new AtomicReference<>();
    private final Object rebuilding = new Object();

    public EngineHolder(SnapshotStore store, ProgramCatalog programs, ExportControlData exportData,
                        DeviceDirectory devices, BomDirectory boms) {
        this(store, programs, exportData, devices, boms, Resolver.REVIEW_FLOOR);
    }

    /** @param reviewFloor the floor of the decisions' review band (see docs/decisions.md, "The review band") */
    public EngineHolder(SnapshotStore store, ProgramCatalog programs, ExportControlData exportData,
                        DeviceDirectory devices, BomDirectory boms, double reviewFloor) {
        this.store = store;
        this.programs = programs;
        this.exportData = exportData;
        this.devices = devices;
        this.boms = boms;
        this.reviewFloor = reviewFloor;
        rebuild();
    }

    public Engine current() {
        return current.get();
    }

    public SnapshotStore store() {
        return store;
    }

    /** Rebuilds from the active versions; concurrent calls are serialised so the newest state always wins. */
    public Engine rebuild() {
        synchronized (rebuilding) {
            long start = System.nanoTime();
            ListedParties.Builder listed = ListedParties.builder();
            List<String> versions = new ArrayList<>();
            for (String id : store.listIds()) {
                SnapshotInfo info = store.active(id).orElse(null);
                if (info == null) {
                    continue;
                }
                ListSnapshot snapshot = store.load(info);
                listed.add(info.ref(), snapshot.parties());
                versions.add(info.ref());
            }
            ListedParties parties = listed.build();
            Decisions decisions = Decisions.builder(parties).programs(programs).exportData(exportData)
                    .devices(devices).boms(boms).reviewFloor(reviewFloor).build();
            Engine e = new Engine(parties, decisions, versions, Instant.now(), (System.nanoTime() - start) / 1e9);
            current.set(e);
            return e;
        }
    }
}
