/**
 * The one domain model every list source is mapped onto: a {@link org.cordon.model.Party} with its
 * {@link org.cordon.model.Name names}, {@link org.cordon.model.Identifier identifiers},
 * {@link org.cordon.model.Address addresses}, {@link org.cordon.model.PartyDate dates},
 * {@link org.cordon.model.Relationship relationships} and {@link org.cordon.model.Designation designations}.
 *
 * <p>All types are immutable records. Text that a source leaves out is the empty string; typed values a
 * source may leave out (dates, countries, shares) are {@link java.util.Optional}. No component is null.
 */
package org.cordon.model;
