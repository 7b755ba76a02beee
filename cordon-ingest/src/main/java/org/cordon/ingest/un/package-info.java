/**
 * The UN Security Council Consolidated List, as the UN publishes it in XML ({@code CONSOLIDATED_LIST} with
 * {@code INDIVIDUALS} and {@code ENTITIES}).
 *
 * <p>{@link org.cordon.ingest.un.UnConsolidatedImporter} streams the file with a hardened StAX reader, reads one
 * entry at a time into an {@link org.cordon.ingest.un.XmlElement}, and {@link org.cordon.ingest.un.UnEntryMapper}
 * maps it onto a party. The designation's program is "UN " plus the entry's sanctions regime
 * ({@code UN_LIST_TYPE}: "Al-Qaida", "DPRK"...).
 */
package org.cordon.ingest.un;
