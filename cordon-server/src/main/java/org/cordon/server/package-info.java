/**
 * The Cordon server: {@link org.cordon.server.CordonServer} wires the REST API ({@code api}) over the screening and
 * decision engine of the active list versions ({@code engine}), with keys, roles, errors and metrics ({@code http}).
 * Every route is declared once ({@link org.cordon.server.http.ApiRoute}); the OpenAPI document is generated from the
 * same declarations, so it cannot drift from the real endpoints.
 */
package org.cordon.server;
