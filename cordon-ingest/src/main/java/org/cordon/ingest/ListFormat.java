package org.cordon.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The list file formats Cordon reads, with the name used on the command line and the list they load. */
public enum ListFormat {
    OFAC_SDN("ofac-sdn", "ofac-sdn", "OFAC SDN legacy CSV set (a folder with sdn.csv and optional alt.csv, add.csv, sdn_comments.csv)"),
    OFAC_SDN_XML("ofac-sdn-xml", "ofac-sdn", "OFAC SDN XML (sdnList.xsd), plain or zipped"),
    OFAC_NON_SDN("ofac-non-sdn", "ofac-non-sdn", "OFAC consolidated non-SDN CSV set (a folder with cons_prim.csv and optional cons_alt/add/comments)"),
    CSL("csl", "csl", "trade.gov Consolidated Screening List, CSV or JSON"),
    DPL("dpl", "bis-dpl", "BIS Denied Persons List, tab-separated"),
    UN("un", "un-sc", "UN Security Council consolidated list XML"),
    CURATED("curated", "", "Cordon curated list, YAML or JSON (list id from the file)"),
    FTM("ftm", "ftm", "FollowTheMoney entities, one JSON object a line (OpenSanctions, yente)"),
    EU_FSF("eu-fsf", "eu-fsf", "EU Financial Sanctions Files consolidated list XML (export, sanctionEntity)"),
    UK_SANCTIONS("uk-sanctions", "uk-sanctions", "UK Sanctions List (FCDO), XML (Designations) or CSV"),
    OFAC_SLS_ADVANCED("ofac-sls", "ofac-sdn", "OFAC Sanctions List Service SDN_ADVANCED XML, plain or zipped");

    private final String cliName;
    private final String defaultListId;
    private final String description;

    ListFormat(String cliName, String defaultListId, String description) {
        this.cliName = cliName;
        this.defaultListId = defaultListId;
        this.description = description;
    }

    /** The name used on the command line and in configuration ({@code ofac-sdn}, {@code csl}...). */
    public String cliName() {
        return cliName;
    }

    /** The list a file of this format loads, unless told otherwise; empty when the file names its list. */
    public String defaultListId() {
        return defaultListId;
    }

    public String description() {
        return description;
    }

    /** True when the format is a set of files read from one folder rather than a single file. */
    public boolean readsFolder() {
        return this == OFAC_SDN || this == OFAC_NON_SDN;
    }

    /** The format with this command-line name. */
    public static ListFormat fromCliName(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        return Arrays.stream(values()).filter(f -> f.cliName.equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown list format '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(ListFormat::cliName).collect(Collectors.joining(", "))));
    }
}
