package org.cordon.snapshot;

/**
 * How a user names a list version: {@code LIST} (the active one), {@code LIST@N} (version number) or
 * {@code LIST@HASH} (a prefix of at least four hex digits of the content hash).
 */
public record VersionRef(String listId, String version) {

    public static VersionRef parse(String text) {
        String t = text == null ? "" : text.strip();
        int at = t.lastIndexOf('@');
        String list = at < 0 ? t : t.substring(0, at);
        String version = at < 0 ? "" : t.substring(at + 1);
        if (list.isEmpty() || (at >= 0 && version.isEmpty())) {
            throw new IllegalArgumentException("expected LIST, LIST@N or LIST@HASH, got '" + text + "'");
        }
        return new VersionRef(list, version);
    }

    public boolean isActive() {
        return version.isEmpty();
    }

    @Override
    public String toString() {
        return version.isEmpty() ? listId : listId + "@" + version;
    }
}
