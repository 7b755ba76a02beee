package org.cordon.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a form was filled with, and what is wrong with which field: pages show each error next to its field. */
public final class Form {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** The named fields of a request (query or form parameters), stripped. */
    static Form of(Context ctx, List<String> fields) {
        Form f = new Form();
        for (String name : fields) {
            String v = ctx.formParam(name);
            if (v == null) {
                v = ctx.queryParam(name);
            }
            f.values.put(name, v == null ? "" : v.strip());
        }
        return f;
    }

    static Form empty() {
        return new Form();
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        String v = value(name);
        return v.equals("on") || v.equals("true") || v.equals("yes");
    }

    Form set(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** The error of a field, or empty. */
    public String error(String name) {
        return errors.getOrDefault(name, "");
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public Map<String, String> errors() {
        return errors;
    }

    Form fail(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }
}
