package org.cordon.policy.product;

/** A BOM that cannot be read: not JSON, not CycloneDX, or malformed at the JSON path it names. */
public class BomException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String path;

    public BomException(String path, String problem) {
        this(path, problem, null);
    }

    public BomException(String path, String problem, Throwable cause) {
        super((path == null || path.isEmpty() ? "" : path + ": ") + problem, cause);
        this.path = path == null ? "" : path;
    }

    /** Where in the BOM, e.g. {@code components[3].components[0].name}; empty when about the whole BOM. */
    public String path() {
        return path;
    }
}
