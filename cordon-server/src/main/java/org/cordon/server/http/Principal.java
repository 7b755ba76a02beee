package org.cordon.server.http;

/** Who is calling: the key's id (never the key), its role and label. */
public record Principal(String keyId, Role role, String label) {

    /** The actor recorded in the audit trail. */
    public String actor() {
        return "key:" + keyId + (label.isEmpty() ? "" : " (" + label + ")");
    }
}
