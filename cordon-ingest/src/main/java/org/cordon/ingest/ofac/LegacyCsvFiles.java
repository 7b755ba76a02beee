package org.cordon.ingest.ofac;

import java.util.List;

/**
 * The names and columns of one legacy CSV release: a primary file and optional alias, address and remarks
 * continuation files, all keyed by ent_num. The SDN and the consolidated (non-SDN) lists share the layout under
 * different file names.
 *
 * @param primary   the entries (sdn.csv)
 * @param aliases   the strong aliases (alt.csv)
 * @param addresses the addresses (add.csv)
 * @param comments  the rest of remarks too long for the primary file (sdn_comments.csv)
 */
record LegacyCsvFiles(String primary, String aliases, String addresses, String comments) {

    static final LegacyCsvFiles SDN = new LegacyCsvFiles("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");
    static final LegacyCsvFiles NON_SDN = new LegacyCsvFiles("cons_prim.csv", "cons_alt.csv", "cons_add.csv",
            "cons_comments.csv");

    static final List<String> PRIMARY_COLUMNS = List.of("ent_num", "SDN_Name", "SDN_Type", "Program", "Title",
            "Call_Sign", "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks");
    static final List<String> ALIAS_COLUMNS = List.of("ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks");
    static final List<String> ADDRESS_COLUMNS = List.of("ent_num", "add_num", "Address",
            "City/State/Province/Postal Code", "Country", "Add_remarks");
    static final List<String> COMMENT_COLUMNS = List.of("ent_num", "Remarks_Extended");

    // Column positions used by the readers.
    static final int NAME = 1;
    static final int TYPE = 2;
    static final int PROGRAM = 3;
    static final int TITLE = 4;
    static final int CALL_SIGN = 5;
    static final int VESSEL_FLAG = 9;
    static final int VESSEL_OWNER = 10;
    static final int REMARKS = 11;
    static final int ALT_TYPE = 2;
    static final int ALT_NAME = 3;
    static final int ADDRESS = 2;
    static final int CITY_STATE_POSTAL = 3;
    static final int COUNTRY = 4;
    static final int COMMENT = 1;
}
