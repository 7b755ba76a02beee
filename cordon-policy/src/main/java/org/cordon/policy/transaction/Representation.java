package org.cordon.policy.transaction;

import java.util.Optional;

/**
 * A contractor's section 889 representation (FAR 52.204-26(c), per offer 52.204-24(d)).
 *
 * @param provides does the offeror provide covered telecom to the Government ("does" / "does-not")
 * @param uses does it use covered telecom, after a reasonable inquiry
 * @param disclosure required when either answer is "does" (52.204-24(e))
 */
public record Representation(Answer provides, Answer uses, Optional<Disclosure> disclosure) {

    public enum Answer {
        DOES, DOES_NOT;

        public String wire() {
            return WireName.of(this);
        }
    }

    /** What a "does" answer must disclose: the entity that produced the equipment, its brand and model, its use. */
    public record Disclosure(String entity, String brand, String model, String description, String use) {}
}
