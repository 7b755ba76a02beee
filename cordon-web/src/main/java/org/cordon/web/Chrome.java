package org.cordon.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cordon.store.Role;

/**
 * What every page's frame needs: its title, which navigation item is current, who is signed in, the navigation their
 * role allows, and the CSRF token its forms carry.
 */
public record Chrome(String title, String active, Optional<WebSession> session, List<NavItem> nav, String csrf) {

    public record NavItem(String key, String label, String href) {}

    /** The navigation, in order, each item with the role that sees it. */
    private static final List<Object[]> ITEMS = List.of(
            new Object[] {"screen", "Screen", "/ui/screen", Role.SCREENER},
            new Object[] {"check", "Check", "/ui/check", Role.SCREENER},
            new Object[] {"review", "Review", "/ui/review", Role.REVIEWER},
            new Object[] {"registry", "Registry", "/ui/registry", Role.REVIEWER},
            new Object[] {"lists", "Lists", "/ui/lists", Role.SCREENER},
            new Object[] {"dashboard", "Dashboard", "/ui/dashboard", Role.SCREENER},
            new Object[] {"audit", "Audit", "/ui/audit", Role.ADMIN},
            new Object[] {"keys", "Keys", "/ui/keys", Role.ADMIN});

    static Chrome of(WebSession s, String title, String active) {
        List<NavItem> nav = new ArrayList<>();
        for (Object[] i : ITEMS) {
            if (s.may((Role) i[3])) {
                nav.add(new NavItem((String) i[0], (String) i[1], (String) i[2]));
            }
        }
        return new Chrome(title, active, Optional.of(s), nav, s.csrf());
    }

    static Chrome signedOut(String title, String csrf) {
        return new Chrome(title, "", Optional.empty(), List.of(), csrf);
    }

    /** Warnings every signed-in page shows: only the bundled list loaded, or lists not current. */
    public List<String> banners() {
        return session.isPresent() ? Views.banners() : List.of();
    }

    public String who() {
        return session.map(s -> (s.label().isEmpty() ? "key " + s.keyId() : s.label()) + " · " + s.role().wireName()).orElse("");
    }
}
