/**
 * The decision: the strictest outcome of the programs that apply, each with its citation and ground, the findings
 * behind them with their paths, and a plain-language explanation. {@link org.cordon.policy.decision.DecisionJson}
 * writes the JSON contract of {@code cordon check}.
 */
package org.cordon.policy.decision;
