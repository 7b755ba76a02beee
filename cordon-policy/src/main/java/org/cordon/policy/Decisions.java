package org.cordon.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cordon.policy.decision.Decision;
import org.cordon.policy.resolve.Finding;
import org.cordon.policy.resolve.Resolution;
import org.cordon.policy.device.TacDirectory;
import org.cordon.policy.evaluate.PolicyEngine;
import org.cordon.policy.product.BomComponents;
import org.cordon.policy.program.ExportControlData;
import org.cordon.policy.program.ProgramCatalog;
import org.cordon.policy.resolve.BomDirectory;
import org.cordon.policy.resolve.DeviceDirectory;
import org.cordon.policy.resolve.ListedParties;
import org.cordon.policy.resolve.KnownMakers;
import org.cordon.policy.resolve.Resolver;
import org.cordon.policy.transaction.Transaction;
import org.cordon.policy.transaction.TransactionReader;
import org.cordon.policy.transaction.TransactionType;

/**
 * The decision engine in one object: read a transaction, resolve it against the listed parties, run the programs.
 *
 * <pre>{@code
 * Decisions decisions = Decisions.builder(listed).build();
 * Decision d = decisions.check(Files.readString(Path.of("tx.json")));
 * }</pre>
 */
public final class Decisions {

    private final ListedParties listed;
    private final TransactionReader reader;
    private final Resolver resolver;
    private final PolicyEngine engine;

    private Decisions(ListedParties listed, PolicyEngine engine, Resolver resolver) {
        this.listed = listed;
        this.engine = engine;
        this.reader = new TransactionReader(engine.exportData()::knows);
        this.resolver = resolver;
    }

    public static Builder builder(ListedParties listed) {
        return new Builder(listed);
    }

    /** Reads and decides; a bad transaction throws {@link org.cordon.policy.transaction.TransactionException}. */
    public Decision check(String transactionJson) {
        return decide(reader.read(transactionJson));
    }

    public Decision decide(Transaction t) {
        return engine.decide(t, resolver.resolve(t), listed.versions(), deemedExportNotes(t));
    }

    /**
     * Decides without the findings {@code keep} refuses (a reviewer's cleared false positive, for instance); each
     * left out is named in the decision's notes by {@code why}.
     */
    public Decision decide(Transaction t, Predicate<Finding> keep, Function<Finding, String> why) {
        Resolution r = resolver.resolve(t);
        List<Finding> kept = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (keep.test(f)) {
                kept.add(f);
            } else {
                notes.add(why.apply(f));
            }
        }
        notes.addAll(deemedExportNotes(t));
        return engine.decide(t, new Resolution(kept, r.unresolved(), r.subjects(), r.notes()), listed.versions(),
                notes.stream().distinct().toList());
    }

    /**
     * A technology release to a person with several countries and no stated most recent one is decided for every
     * country (the stricter answer): the note says so and what to supply (15 CFR 734.13(b)).
     */
    static List<String> deemedExportNotes(Transaction t) {
        if (t.type() != TransactionType.TECHNOLOGY_RELEASE || t.person().isEmpty() || !t.person().get().mostRecentUnknown()) {
            return List.of();
        }
        List<String> countries = t.person().get().deemedExportCountries();
        return List.of("person: a release of technology is deemed an export to the person's most recent country of"
                + " citizenship or permanent residency (15 CFR 734.13(b)), which is not stated; it was decided for each"
                + " of " + String.join(", ", countries) + " and the stricter answer kept. State person.mostRecentCountry"
                + " (one of " + String.join(", ", countries) + ") for the answer the EAR give.");
    }

    public ListedParties listed() {
        return listed;
    }

    public TransactionReader reader() {
        return reader;
    }

    public PolicyEngine engine() {
        return engine;
    }

    public static final class Builder {
        private final ListedParties listed;
        private ProgramCatalog catalog;
        private ExportControlData exportData;
        private DeviceDirectory devices;
        private BomDirectory boms;
        private KnownMakers makers;
        private double reviewFloor = Resolver.REVIEW_FLOOR;

        private Builder(ListedParties listed) {
            this.listed = listed;
        }

        public Builder programs(ProgramCatalog c) {
            this.catalog = c;
            return this;
        }

        public Builder exportData(ExportControlData d) {
            this.exportData = d;
            return this;
        }

        public Builder devices(DeviceDirectory d) {
            this.devices = d;
            return this;
        }

        public Builder boms(BomDirectory b) {
            this.boms = b;
            return this;
        }

        /** The makers and brands that count as known when they match no listed party (default: the bundled table). */
        public Builder knownMakers(KnownMakers m) {
            this.makers = m;
            return this;
        }

        /**
         * The floor of the review band (default {@link Resolver#REVIEW_FLOOR}): a subject whose best match scores
         * from here to the match threshold is unresolved. Raising it to the threshold removes the band.
         */
        public Builder reviewFloor(double floor) {
            this.reviewFloor = floor;
            return this;
        }

        public Decisions build() {
            return new Decisions(listed, new PolicyEngine(catalog != null ? catalog : ProgramCatalog.bundled(),
                    exportData != null ? exportData : ExportControlData.bundled()),
                    new Resolver(listed, devices != null ? devices : TacDirectory.bundled(),
                            boms != null ? boms : new BomComponents(), makers != null ? makers : KnownMakers.bundled(),
                            reviewFloor));
        }
    }
}
