/**
 * Evaluation: each program version in force on the transaction's date is run over the transaction, the export
 * facts and the findings, its CEL conditions compiled once when the engine starts. A rule that only uncertain
 * findings meet yields REVIEW; an exception that holds lets the transaction through with its own ground.
 */
package org.cordon.policy.evaluate;
