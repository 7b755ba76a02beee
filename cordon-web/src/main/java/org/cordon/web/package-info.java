/**
 * The web interface: server-rendered pages over the running services, for contracting officers, compliance analysts
 * and export-control staff. {@link org.cordon.web.CordonWeb} declares every page; {@link org.cordon.web.Gate} signs
 * people in with an API key, checks the CSRF token of every form and what each role may see.
 */
package org.cordon.web;
