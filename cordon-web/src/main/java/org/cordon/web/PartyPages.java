package org.cordon.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A listed party: names in every script, identifiers, designations on a timeline, and its ownership graph. */
public final class PartyPages {

    static String href(String partyId) {
        return "/ui/party?id=" + URLEncoder.encode(partyId, StandardCharsets.UTF_8);
    }
}
