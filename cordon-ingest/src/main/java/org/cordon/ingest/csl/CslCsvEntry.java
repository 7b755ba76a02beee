package org.cordon.ingest.csl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cordon.ingest.CsvRows;
import org.cordon.model.Address;

/** A row of the CSL CSV, where multi-valued fields are joined with {@code ;}. */
final class CslCsvEntry implements CslEntry {

    private final CsvRows.Row row;

    CslCsvEntry(CsvRows.Row row) {
        this.row = row;
    }

    @Override
    public long line() {
        return row.line();
    }

    @Override
    public String path(String field) {
        return field;
    }

    @Override
    public String text(String field) {
        return row.get(field).strip();
    }

    @Override
    public List<String> values(String field) {
        return split(row.get(field));
    }

    @Override
    public List<Address> addresses() {
        return addresses(row.get("addresses"));
    }

    @Override
    public List<CslId> ids() {
        return ids(row.get("ids"));
    }

    /** The {@code ;}-joined values, stripped, blanks dropped. */
    static List<String> split(String joined) {
        return Arrays.stream(joined.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<Address> addresses(String joined) {
        List<Address> out = new ArrayList<>();
        for (String address : split(joined)) {
            // "113 Hezuo Road, ...; and 21 Changsheng Street, ...": the list's prose joins a second address.
            CslAddressText.parse(address.replaceFirst("^(?i)and\\s+", "")).ifPresent(out::add);
        }
        return out;
    }

    static List<CslId> ids(String joined) {
        return split(joined).stream().map(CslId::parse).toList();
    }
}
