/**
 * The {@code cordon} command line: one class per command, all thin. They parse arguments, call the
 * snapshot and import stages, and print; no list logic lives here. Exit codes: 0 done, 1 errors or findings
 * (as each command documents), 2 usage.
 */
package org.cordon.cli;
