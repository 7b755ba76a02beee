/** JSON shapes shared by the server and the command line. */
package org.cordon.server.json;
