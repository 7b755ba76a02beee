package org.cordon.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * That a party is on a list under a program, and on what authority.
 *
 * @param listId             the list it comes from ({@code ofac-sdn}, {@code csl}, {@code cordon-covered-telecom}...)
 * @param program            the program or sub-list ({@code SDGT}, {@code Entity List}, {@code FCC_COVERED_LIST})
 * @param authority          the citation (Federal Register, CFR, FCC document); empty when the source gives none
 * @param listedOn           when the designation took effect
 * @param liftedOn           when it was lifted or terminated
 * @param expiresOn          when it lapses by its own terms (a denial order's expiry)
 * @param licenceRequirement what needs a licence, as the list states it
 * @param licencePolicy      the review policy for licence applications ("presumption of denial")
 * @param sourceRecord       the publisher's reference for the record (OFAC ent_num, CSL _id, UN reference number)
 * @param confidence         how well established the designation is
 * @param note               further text from the source
 */
public record Designation(String listId, String program, String authority, Optional<LocalDate> listedOn,
                          Optional<LocalDate> liftedOn, Optional<LocalDate> expiresOn, String licenceRequirement,
                          String licencePolicy, String sourceRecord, Confidence confidence, String note) {

    public Designation {
        listId = Checks.required(listId, "designation list id");
        program = Checks.text(program, "program");
        authority = Checks.text(authority, "authority");
        Checks.nonNull(listedOn, "listed on");
        Checks.nonNull(liftedOn, "lifted on");
        Checks.nonNull(expiresOn, "expires on");
        licenceRequirement = Checks.text(licenceRequirement, "licence requirement");
        licencePolicy = Checks.text(licencePolicy, "licence policy");
        sourceRecord = Checks.text(sourceRecord, "source record");
        Checks.nonNull(confidence, "designation confidence");
        note = Checks.text(note, "note");
    }

    /** A designation with only list, program and source record; refine with {@link #toBuilder()}. */
    public static Builder builder(String listId, String program) {
        return new Builder(listId, program);
    }

    public Builder toBuilder() {
        return new Builder(listId, program).authority(authority).listedOn(listedOn.orElse(null))
                .liftedOn(liftedOn.orElse(null)).expiresOn(expiresOn.orElse(null))
                .licenceRequirement(licenceRequirement).licencePolicy(licencePolicy)
                .sourceRecord(sourceRecord).confidence(confidence).note(note);
    }

    /** True when the designation is in force on the given day. */
    public boolean inForceOn(LocalDate day) {
        return listedOn.map(d -> !day.isBefore(d)).orElse(true)
                && liftedOn.map(d -> day.isBefore(d)).orElse(true)
                && expiresOn.map(d -> !day.isAfter(d)).orElse(true);
    }

    /** Builds a {@link Designation}; absent values stay empty. */
    public static final class Builder {
        private final String listId;
        private final String program;
        private String authority = "";
        private LocalDate listedOn;
        private LocalDate liftedOn;
        private LocalDate expiresOn;
        private String licenceRequirement = "";
        private String licencePolicy = "";
        private String sourceRecord = "";
        private Confidence confidence = Confidence.HIGH;
        private String note = "";

        private Builder(String listId, String program) {
            this.listId = listId;
            this.program = program;
        }

        public Builder authority(String v) { authority = v; return this; }
        public Builder listedOn(LocalDate v) { listedOn = v; return this; }
        public Builder liftedOn(LocalDate v) { liftedOn = v; return this; }
        public Builder expiresOn(LocalDate v) { expiresOn = v; return this; }
        public Builder licenceRequirement(String v) { licenceRequirement = v; return this; }
        public Builder licencePolicy(String v) { licencePolicy = v; return this; }
        public Builder sourceRecord(String v) { sourceRecord = v; return this; }
        public Builder confidence(Confidence v) { confidence = v; return this; }
        public Builder note(String v) { note = v; return this; }

        public Designation build() {
            return new Designation(listId, program, authority, Optional.ofNullable(listedOn),
                    Optional.ofNullable(liftedOn), Optional.ofNullable(expiresOn), licenceRequirement,
                    licencePolicy, sourceRecord, confidence, note);
        }
    }
}
