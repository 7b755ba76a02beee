package org.cordon.policy.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reason with {@code ${expr}} parts, each a CEL expression filled in when the reason is given. */
final class ReasonTemplate {

    private static final Pattern PART = Pattern.compile("\\$\\{([^}]*)}");

    private final List<String> texts = new ArrayList<>();
    private final List<CelEnvironment.Expression> parts = new ArrayList<>();

    ReasonTemplate(String template, CelEnvironment cel, String where) {
        Matcher m = PART.matcher(template);
        int last = 0;
        while (m.find()) {
            texts.add(template.substring(last, m.start()));
            parts.add(cel.compile(m.group(1), where + " ${" + m.group(1) + "}"));
            last = m.end();
        }
        texts.add(template.substring(last));
    }

    String render(Map<String, Object> vars) {
        StringBuilder b = new StringBuilder(texts.get(0));
        for (int i = 0; i < parts.size(); i++) {
            Object v = parts.get(i).eval(vars);
            b.append(v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : String.valueOf(v));
            b.append(texts.get(i + 1));
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }
}
