package org.cordon.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Server settings from, in rising precedence: defaults, {@code cordon.properties} in the data directory
 * ({@code host}, {@code port}, {@code db}, {@code tac}, {@code public.url}, {@code lists.update}, {@code lists.mirror},
 * {@code lists.offline}, {@code lists.sources}, {@code lists.max-age}, {@code decisions.review-floor}), the environment ({@code CORDON_HOST},
 * {@code CORDON_PORT}, {@code CORDON_DB}, {@code CORDON_TAC}, {@code CORDON_PUBLIC_URL}, {@code CORDON_LISTS_UPDATE},
 * {@code CORDON_LISTS_MIRROR}, {@code CORDON_LISTS_OFFLINE}, {@code CORDON_LISTS_SOURCES},
 * {@code CORDON_LISTS_MAX_AGE}, {@code CORDON_REVIEW_FLOOR}), and the command-line options.
 */
record ServerConfig(String host, int port, String db, String tac, String publicUrl, Lists lists, String reviewFloor) {

    /** The list settings as text; {@code ListSettings.parse} checks them. */
    record Lists(String update, String mirror, String offline, String sources, String maxAge) {}

    static final String FILE = "cordon.properties";

    static ServerConfig load(Path home, Map<String, String> env) throws IOException {
        Properties p = new Properties();
        Path file = home.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        String host = pick(env.get("CORDON_HOST"), p.getProperty("host"), "127.0.0.1");
        String port = pick(env.get("CORDON_PORT"), p.getProperty("port"), "8080");
        String db = pick(env.get("CORDON_DB"), p.getProperty("db"), "");
        String tac = pick(env.get("CORDON_TAC"), p.getProperty("tac"), "");
        String publicUrl = pick(env.get("CORDON_PUBLIC_URL"), p.getProperty("public.url"), "");
        Lists lists = new Lists(pick(env.get("CORDON_LISTS_UPDATE"), p.getProperty("lists.update"), "").strip(),
                pick(env.get("CORDON_LISTS_MIRROR"), p.getProperty("lists.mirror"), "").strip(),
                pick(env.get("CORDON_LISTS_OFFLINE"), p.getProperty("lists.offline"), "").strip(),
                pick(env.get("CORDON_LISTS_SOURCES"), p.getProperty("lists.sources"), "").strip(),
                pick(env.get("CORDON_LISTS_MAX_AGE"), p.getProperty("lists.max-age"), "").strip());
        String reviewFloor = pick(env.get("CORDON_REVIEW_FLOOR"), p.getProperty("decisions.review-floor"), "").strip();
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.strip());
            if (portNumber < 0 || portNumber > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port '" + port + "' (from " + (env.containsKey("CORDON_PORT") ? "CORDON_PORT"
                    : file) + ") is not a port number 0-65535");
        }
        return new ServerConfig(host.strip(), portNumber, db.strip(), tac.strip(), publicUrl.strip(), lists, reviewFloor);
    }

    private static String pick(String env, String file, String fallback) {
        if (env != null && !env.isBlank()) {
            return env;
        }
        return file != null && !file.isBlank() ? file : fallback;
    }
}
