package org.cordon.ingest.csl;

import java.util.List;
import org.cordon.ingest.MalformedField;
import org.cordon.model.Address;

/** One CSL record, whether a CSV row or a JSON result, seen through the CSV column names. */
interface CslEntry {

    /** The columns of the CSL CSV, in file order; the JSON results use the same names ({@code id} for {@code _id}). */
    List<String> COLUMNS = List.of("_id", "source", "entity_number", "type", "programs", "name", "title", "addresses",
            "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement",
            "license_policy", "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag",
            "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships", "dates_of_birth",
            "nationalities", "places_of_birth", "source_information_url", "ids");

    /** 1-based line where the record starts. */
    long line();

    /** How problems name the field: the column name for CSV, {@code results[i].name} for JSON. */
    String path(String field);

    /** The field's text, stripped; empty when absent or null. */
    String text(String field);

    /** The values of a multi-valued field ({@code alt_names}, {@code programs}...), stripped, blanks dropped. */
    List<String> values(String field);

    List<Address> addresses() throws MalformedField;

    List<CslId> ids();
}
