package org.cordon.cli;

import picocli.CommandLine;

/** Reads {@code --list} values. */
final class ListSpecConverter implements CommandLine.ITypeConverter<ListSpec> {
    @Override
    public ListSpec convert(String value) {
        return ListSpec.parse(value);
    }
}
