/** The endpoints, one class per area; each gives its {@link org.cordon.server.http.ApiRoute}s. */
package org.cordon.server.api;
