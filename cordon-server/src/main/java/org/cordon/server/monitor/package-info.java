/**
 * Monitoring of the organisation's own registry: each supplier, product and person is screened again whenever a
 * list changes (and when the entry is added), and a listed party it newly matches is an alert in the audit trail.
 */
package org.cordon.server.monitor;
