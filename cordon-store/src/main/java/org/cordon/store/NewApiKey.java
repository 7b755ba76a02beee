package org.cordon.store;

/**
 * A key just created, with its plaintext: the only time the plaintext exists outside its holder.
 *
 * @param plaintext {@code cordon_} followed by 43 URL-safe base64 characters (256 random bits)
 */
public record NewApiKey(ApiKey key, String plaintext) {

    /** Keeps the plaintext out of logs and exception messages. */
    @Override
    public String toString() {
        return "NewApiKey[key=" + key + ", plaintext=(hidden)]";
    }
}
