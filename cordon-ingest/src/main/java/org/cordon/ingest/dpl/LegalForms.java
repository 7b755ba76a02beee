package org.cordon.ingest.dpl;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a firm from a person by its name, for lists that do not say which is which. Conservative on purpose: a
 * name counts as a firm only when it carries a legal form ("LTD", "GMBH", "S.A.", "LLC") or a word no person's
 * name has ("AIRLINES", "TRADING"); anything else stays unknown, because calling a person a firm would screen
 * them with the wrong rules.
 */
final class LegalForms {

    private static final String LEGAL_FORM = "INC|INCORPORATED|LTD|LIMITED|LLC|L\\.L\\.C|LLP|PLC|CORP|CORPORATION"
            + "|COMPANY|GMBH|S\\.A|S\\.L|SARL|S\\.A\\.R\\.L|S\\.R\\.L|SRL|S\\.P\\.A|SPA|B\\.V|N\\.V|PTE|PTY|FZE"
            + "|F\\.Z\\.E|FZC|FZCO|JSC|PJSC|OJSC|CJSC|OOO|ZAO|OAO|A\\.G|ANSTALT|SDN\\.? BHD";
    private static final String ORGANISATION_WORD = "AIRLINES?|AIRWAYS|AVIATION|TRADING|TRADE|ELECTRONICS?"
            + "|TECHNOLOG(?:Y|IES)|INDUSTRIES|ENTERPRISES?|GROUP|INTERNATIONAL|SERVICES?|SYSTEMS|COMMUNICATIONS|EXPORTS?";
    private static final Pattern FIRM = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + LEGAL_FORM + "|" + ORGANISATION_WORD + ")(?![\\p{L}\\p{N}])"
            // Short forms that are only safe as the last word or before punctuation: "GHARE SABZ CO.", "ELMONT AG".
            + "|(?<![\\p{L}\\p{N}])(?:CO|AG|SA|AB|BV|NV|KG)(?:[.,]|$)");

    private LegalForms() {}

    /** True when the name is clearly a firm's. */
    static boolean isFirm(String name) {
        return FIRM.matcher(name.toUpperCase(Locale.ROOT).strip()).find();
    }
}
