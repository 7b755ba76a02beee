package org.cordon.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.cordon.ingest.ListFormat;
import picocli.CommandLine;

/** Reads a format by its command-line name ({@code ofac-sdn}, {@code csl}...). */
final class FormatConverter implements CommandLine.ITypeConverter<ListFormat> {

    @Override
    public ListFormat convert(String value) {
        try {
            return ListFormat.fromCliName(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** The names, for help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ListFormat.values()).map(ListFormat::cliName).iterator();
        }
    }
}
