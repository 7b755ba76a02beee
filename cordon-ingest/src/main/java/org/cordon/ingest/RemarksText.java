package org.cordon.ingest;

/**
 * A party's remarks: the source's own remark text, kept whole, followed by labelled lines for source facts the
 * model has no field for (title, place of birth, vessel tonnage...), so that nothing the list says is dropped.
 */
public final class RemarksText {

    private final StringBuilder text;

    private RemarksText(String sourceRemarks) {
        this.text = new StringBuilder(sourceRemarks == null ? "" : sourceRemarks.strip());
    }

    public static RemarksText of(String sourceRemarks) {
        return new RemarksText(sourceRemarks);
    }

    /** Adds {@code label: value} on a line of its own; a blank value adds nothing. */
    public RemarksText add(String label, String value) {
        String v = value == null ? "" : value.strip();
        if (!v.isEmpty()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(label).append(": ").append(v);
        }
        return this;
    }

    public String text() {
        return text.toString();
    }
}
