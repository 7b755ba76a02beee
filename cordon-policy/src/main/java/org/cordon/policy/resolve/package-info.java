/**
 * Resolution: who the parties, makers, brands, components and devices of a transaction really are. Every name is
 * screened against the lists; each match is followed through the ownership and affiliation graph (list
 * relationships and the user's own facts) to every designated party it leads to, and each such path is a
 * {@link org.cordon.policy.resolve.Finding} with the designations in force on the transaction's date.
 */
package org.cordon.policy.resolve;
