/**
 * Transactions as the decision engine reads them: the JSON contract of {@code cordon check} turned into immutable
 * values, with every field checked on the way in. {@link org.cordon.policy.transaction.TransactionReader} rejects
 * an unknown field, a missing date or an impossible one, an unknown type or code with a
 * {@link org.cordon.policy.transaction.TransactionException} that names the field's JSON path; nothing is ignored,
 * since an ignored field could turn a BLOCK into a silent ALLOW.
 */
package org.cordon.policy.transaction;
