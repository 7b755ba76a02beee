/**
 * The EU consolidated list of persons, groups and entities subject to financial sanctions, as the Financial
 * Sanctions Files (FSF) service publishes it in XML: an {@code export} root (with its {@code generationDate}) holding
 * one {@code sanctionEntity} per listed subject, each with {@code nameAlias}, {@code citizenship},
 * {@code birthdate}, {@code identification}, {@code address} and the {@code regulation}s that list it.
 *
 * <p>{@link org.cordon.ingest.eu.EuFsfImporter} streams the file with the hardened reader of
 * {@link org.cordon.ingest.XmlListReader}, one entry at a time.
 */
package org.cordon.ingest.eu;
