package org.cordon.web;

import io.javalin.http.Context;
import java.util.List;
import org.cordon.store.ApiKey;
import org.cordon.store.ApiKeys;
import org.cordon.store.NewApiKey;
import org.cordon.store.Role;

/** API keys: who has one and with what role; create one (its plaintext shown once) or revoke one. */
public final class KeyPages {

    private final ApiKeys keys;
    private final Views views;

    public record KeysPage(Chrome chrome, List<ApiKey> keys, Form form, String created, String createdRole, String mine) {}

    KeyPages(ApiKeys keys, Views views) {
        this.keys = keys;
        this.views = views;
    }

    void show(Context ctx) {
        render(ctx, 200, Form.empty().set("role", "screener"), "", "");
    }

    private void render(Context ctx, int status, Form form, String created, String role) {
        WebSession s = Gate.session(ctx);
        views.render(ctx, status, "keys.jte", new KeysPage(Chrome.of(s, "API keys", "keys"), keys.list(), form, created, role, s.keyId()));
    }

    void create(Context ctx) {
        WebSession s = Gate.session(ctx);
        Form form = Form.of(ctx, List.of("role", "label"));
        Role role = null;
        try {
            role = Role.parse(form.value("role"));
        } catch (IllegalArgumentException e) {
            form.fail("role", "Choose screener, reviewer or admin.");
        }
        if (form.value("label").isEmpty()) {
            form.fail("label", "Say whose key this is, such as a name or a team.");
        } else if (form.value("label").length() > 200) {
            form.fail("label", "At most 200 characters.");
        }
        if (!form.valid()) {
            render(ctx, 400, form, "", "");
            return;
        }
        NewApiKey k = keys.create(role, form.value("label"), s.actor());
        render(ctx, 201, Form.empty().set("role", "screener"), k.plaintext(), role.wireName());
    }

    void revoke(Context ctx) {
        WebSession s = Gate.session(ctx);
        String id = ctx.pathParam("id");
        if (id.equals(s.keyId())) {
            views.problem(ctx, 409, Chrome.of(s, "Not your own key", "keys"), "Not your own key",
                    "A key cannot revoke itself; sign in with another admin key to revoke this one.");
            return;
        }
        if (keys.get(id).isEmpty()) {
            views.problem(ctx, 404, Chrome.of(s, "No such key", "keys"), "No such key", "There is no key " + id + ".");
            return;
        }
        keys.revoke(id, s.actor());
        CordonWeb.seeOther(ctx, "/ui/keys");
    }
}
