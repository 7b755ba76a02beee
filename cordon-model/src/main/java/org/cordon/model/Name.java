package org.cordon.model;

/**
 * One name of a party.
 *
 * @param value    the name as the source writes it, stripped of surrounding space
 * @param kind     its standing (primary, alias, former name...)
 * @param script   ISO 15924 code of the dominant script ({@code Latn}, {@code Hani}, {@code Cyrl}, {@code Arab}...),
 *                 derived from the text when not given
 * @param language BCP 47 language tag where the source states it ({@code zh-Hans}, {@code zh-Hant}), else empty
 */
public record Name(String value, NameKind kind, String script, String language) {

    public Name {
        value = Checks.required(value, "name value");
        Checks.nonNull(kind, "name kind");
        script = Checks.text(script, "script");
        if (script.isEmpty()) {
            script = Scripts.dominant(value);
        }
        language = Checks.text(language, "language");
    }

    public static Name of(String value, NameKind kind) {
        return new Name(value, kind, "", "");
    }

    public static Name primary(String value) {
        return of(value, NameKind.PRIMARY);
    }

    /** True when the name is written in a script other than Latin. */
    public boolean isNonLatin() {
        return !"Latn".equals(script) && !"Zyyy".equals(script);
    }
}
