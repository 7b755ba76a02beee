package org.cordon.policy.device;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The small TAC files written for these tests, under {@code src/test/resources/fixtures/device}. */
final class DeviceFixtures {

    private DeviceFixtures() {}

    static Path path(String name) {
        URL url = DeviceFixtures.class.getResource("/fixtures/device/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
