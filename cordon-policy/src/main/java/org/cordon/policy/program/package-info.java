/**
 * Programs as data: each program (section 889 parts A and B, 47 CFR 54.9, denial orders, the Entity List, the DoD
 * exchange ban, deemed exports, investment review) is a YAML file under {@code org/cordon/policy/programs/}, with
 * its citations, the dates each version took effect, the transactions it governs, its rules and exceptions as CEL
 * expressions, and a plain-language rationale. {@link org.cordon.policy.program.ProgramCatalog} picks the version
 * in force on a date. Export-control reference data (reasons for control of each ECCN, the Commerce Country Chart)
 * is data too: {@link org.cordon.policy.program.ExportControlData}.
 */
package org.cordon.policy.program;
