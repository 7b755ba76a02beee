package org.cordon.server;

import io.javalin.config.JavalinConfig;

/**
 * Something that adds its own pages or routes to the server (the web interface): it configures Javalin with the
 * running services at hand. Its routes are its own to protect; the API routes keep their key checks.
 */
@FunctionalInterface
public interface ServerExtension {
    void configure(JavalinConfig config, ServiceContext services);
}
