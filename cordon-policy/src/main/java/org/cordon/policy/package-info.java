/**
 * Decisions: may this transaction go ahead, under which program, and why.
 *
 * <p>The flow: a transaction ({@code transaction}) is resolved ({@code resolve}: every party, maker, brand,
 * component and device screened against the lists, owners and affiliates followed) into findings; each program
 * in force on the transaction's date ({@code program}, versioned data with CEL conditions) is evaluated over the
 * transaction and its findings ({@code evaluate}); the strictest outcome is the decision ({@code decision}).
 */
package org.cordon.policy;
