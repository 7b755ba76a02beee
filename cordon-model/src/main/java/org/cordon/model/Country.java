package org.cordon.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A country or territory as a list names it.
 *
 * @param code ISO 3166-1 alpha-2 code when the name is recognised, else empty
 * @param name the name as written by the source (or the English name when built from a code)
 */
public record Country(String code, String name) {

    private static final Map<String, String> CODES_BY_NAME = new HashMap<>();
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    static {
        for (String iso : Locale.getISOCountries()) {
            String display = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
            CODES_BY_NAME.put(key(display), iso);
            // "Myanmar (Burma)" -> "Myanmar"; "Hong Kong SAR China" stays as is and is listed below.
            CODES_BY_NAME.putIfAbsent(key(display.replaceAll("\\s*\\(.*\\)", "")), iso);
        }
        // Names the lists use that differ from the JDK's English display names.
        String[][] extra = {
            {"Russia", "RU"}, {"Russian Federation", "RU"}, {"Iran", "IR"}, {"Iran (Islamic Republic of)", "IR"},
            {"Korea, North", "KP"}, {"North Korea", "KP"}, {"Democratic People's Republic of Korea", "KP"},
            {"Korea, South", "KR"}, {"South Korea", "KR"}, {"Republic of Korea", "KR"}, {"Burma", "MM"},
            {"Syria", "SY"}, {"Syrian Arab Republic", "SY"}, {"Venezuela", "VE"}, {"Bolivia", "BO"},
            {"Tanzania", "TZ"}, {"Vietnam", "VN"}, {"Viet Nam", "VN"}, {"Laos", "LA"}, {"Moldova", "MD"},
            {"Taiwan", "TW"}, {"Hong Kong", "HK"}, {"Macau", "MO"}, {"Macao", "MO"}, {"Czech Republic", "CZ"},
            {"Turkey", "TR"}, {"Turkiye", "TR"}, {"Ivory Coast", "CI"}, {"Cote d'Ivoire", "CI"},
            {"Democratic Republic of the Congo", "CD"}, {"Congo, Democratic Republic of the", "CD"},
            {"Congo", "CG"}, {"Republic of the Congo", "CG"}, {"United States", "US"},
            {"United States of America", "US"}, {"USA", "US"}, {"UK", "GB"}, {"United Kingdom", "GB"},
            {"China", "CN"}, {"People's Republic of China", "CN"}, {"Palestinian", "PS"}, {"West Bank", "PS"},
            {"Gaza", "PS"}, {"Kosovo", "XK"}, {"Brunei", "BN"}, {"Cabo Verde", "CV"}, {"Eswatini", "SZ"},
            {"The Bahamas", "BS"}, {"The Gambia", "GM"}, {"Micronesia", "FM"}, {"Region: Crimea", "UA"},
            {"Crimea", "UA"}, {"Netherlands Antilles", "AN"}, {"Curacao", "CW"}, {"Sint Maarten", "SX"},
            {"Lao People's Democratic Republic", "LA"}, {"Republic of Moldova", "MD"},
            {"United Republic of Tanzania", "TZ"}, {"Bosnia-Herzegovina", "BA"}, {"Bosnia and Herzegovina", "BA"},
            {"Macedonia", "MK"}, {"North Macedonia", "MK"}, {"Timor-Leste", "TL"}, {"East Timor", "TL"},
            {"The Republic of North Macedonia", "MK"}, {"United Kingdom of Great Britain and Northern Ireland", "GB"},
            {"Great Britain", "GB"}, {"UAE", "AE"}, {"U.A.E.", "AE"}, {"PRC", "CN"}, {"P.R.C.", "CN"}, {"Mainland China", "CN"},
            {"Palestine", "PS"}, {"State of Palestine", "PS"}, {"Hong Kong SAR", "HK"}, {"Macau SAR", "MO"},
            {"Congo (Kinshasa)", "CD"}, {"Congo (Brazzaville)", "CG"}, {"Zaire", "CD"}, {"Swaziland", "SZ"},
            {"Saint Vincent and the Grenadines", "VC"}, {"Holy See", "VA"}, {"Vatican City", "VA"}, {"U.S.", "US"}, {"U.S.A.", "US"}, {"U.K.", "GB"},
        };
        for (String[] e : extra) {
            CODES_BY_NAME.put(key(e[0]), e[1]);
        }
    }

    public Country {
        code = Checks.text(code, "country code").toUpperCase(Locale.ROOT);
        name = Checks.text(name, "country name");
        if (code.isEmpty() && name.isEmpty()) {
            throw new IllegalArgumentException("country needs a code or a name");
        }
    }

    /**
     * A country from a name or an upper-case two-letter code, recognising the names the lists use, in
     * inverted form too ("Virgin Islands, British", "Korea, Republic of", "Region: Gaza"). A lower-case pair
     * such as the UN's "na" (not available) is a name, not a code, and stays unrecognised.
     */
    public static Country of(String nameOrCode) {
        String text = Checks.required(nameOrCode, "country");
        if (text.matches("[A-Z]{2}") && (ISO_CODES.contains(text) || text.equals("XK"))) {
            return new Country(text, text.equals("XK") ? "Kosovo" : new Locale("", text).getDisplayCountry(Locale.ENGLISH));
        }
        return new Country(codeForName(text), text);
    }

    private static String codeForName(String text) {
        String k = key(text.replaceFirst("(?i)^region:\\s*", ""));
        if (k.length() == 2) {
            return "";
        }
        String code = CODES_BY_NAME.get(k);
        if (code == null) {
            int comma = text.indexOf(',');
            if (comma > 0) {
                code = CODES_BY_NAME.get(key(text.substring(comma + 1) + " " + text.substring(0, comma)));
            }
        }
        return code == null ? "" : code;
    }

    /** True when the name was recognised as an ISO country. */
    public boolean isKnown() {
        return !code.isEmpty();
    }

    /** Lower case, accents and punctuation gone, "&" read as "and", "St." as "Saint". */
    private static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("\\bst\\.", "saint");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
