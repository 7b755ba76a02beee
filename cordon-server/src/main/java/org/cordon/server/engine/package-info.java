/**
 * The screening and decision engine over the active list versions, rebuilt and swapped atomically when a version
 * is activated: a request holds one {@link org.cordon.server.engine.Engine} from start to end, so every decision
 * names the list versions it really used.
 */
package org.cordon.server.engine;
