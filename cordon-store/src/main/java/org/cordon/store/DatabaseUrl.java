package org.cordon.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the database is, read from one of the forms Cordon accepts.
 *
 * <ul>
 *   <li>{@code sqlite:PATH} - a file; a relative PATH is taken under the data directory;</li>
 *   <li>{@code postgresql://user[:password]@host[:port]/db[?param=value...]}, or the same with a {@code jdbc:}
 *       prefix; parameters go to the driver unchanged ({@code currentSchema}, {@code sslmode}...).</li>
 * </ul>
 *
 * @param display the URL without its password, for messages and logs
 */
record DatabaseUrl(Dialect dialect, String jdbcUrl, Optional<String> user, Optional<String> password,
                   String display) {

    private static final String FORMS = "use sqlite:PATH or postgresql://user[:password]@host:port/db";

    static DatabaseUrl parse(String url, Path dataDirectory) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no database URL: " + FORMS);
        }
        String u = url.strip();
        if (u.startsWith("jdbc:")) {
            u = u.substring("jdbc:".length());
        }
        int colon = u.indexOf(':');
        String scheme = colon < 0 ? "" : u.substring(0, colon);
        return switch (scheme) {
            case "sqlite" -> sqlite(u.substring(colon + 1), dataDirectory);
            case "postgresql", "postgres" -> postgresql(u);
            default -> throw new IllegalArgumentException("unknown database URL scheme '" + scheme + "' in '"
                    + withoutUserInfo(u) + "': " + FORMS);
        };
    }

    private static DatabaseUrl sqlite(String file, Path dataDirectory) {
        if (file.isBlank()) {
            throw new IllegalArgumentException("sqlite: needs a file name, e.g. sqlite:cordon.db");
        }
        Path path = dataDirectory.resolve(file).toAbsolutePath().normalize();
        return new DatabaseUrl(Dialect.SQLITE, "jdbc:sqlite:" + path, Optional.empty(), Optional.empty(),
                "sqlite:" + path);
    }

    private static DatabaseUrl postgresql(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed PostgreSQL URL '" + withoutUserInfo(url) + "': "
                    + e.getReason() + "; " + FORMS);
        }
        if (uri.getHost() == null || uri.getRawPath() == null || uri.getRawPath().length() < 2) {
            throw new IllegalArgumentException("a PostgreSQL URL needs a host and a database, as in "
                    + "postgresql://cordon@localhost:5432/cordon; got '" + withoutUserInfo(url) + "'");
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int sep = info.indexOf(':');
            user = Optional.of(decode(sep < 0 ? info : info.substring(0, sep)));
            password = sep < 0 ? Optional.empty() : Optional.of(decode(info.substring(sep + 1)));
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String hostPortDb = uri.getHost() + ":" + port + uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String display = "postgresql://" + user.map(x -> x + "@").orElse("") + hostPortDb;
        return new DatabaseUrl(Dialect.POSTGRESQL, "jdbc:postgresql://" + hostPortDb + query, user, password,
                display);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Messages never repeat a password. */
    private static String withoutUserInfo(String url) {
        return url.replaceFirst("//[^/@]*@", "//");
    }

    @Override
    public String toString() {
        return display;
    }
}
