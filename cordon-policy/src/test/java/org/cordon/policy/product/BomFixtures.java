package org.cordon.policy.product;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The small BOMs written for these tests, under {@code src/test/resources/fixtures/product}. */
final class BomFixtures {

    private BomFixtures() {}

    static InputStream open(String name) {
        InputStream in = BomFixtures.class.getResourceAsStream("/fixtures/product/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        return in;
    }

    static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
