/** HTTP plumbing: routes with the role they need, keys, JSON bodies with limits, errors that never leak a stack trace. */
package org.cordon.server.http;
