package jp.renkei.e2e.load;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One open Vaadin UI (a browser tab) replayed over HTTP, as Flow 25's client speaks it (captured from headless
 * Chromium): the page, {@code ?v-r=init} for the UI id and CSRF token, then {@code ?v-r=uidl} posts of RPC
 * messages ({@code event}, {@code mSync}, {@code publishedEventHandler}) numbered by syncId and clientId. Keeps the
 * element tree and the grids' loaded rows, and confirms each grid update as the grid connector does.
 */
final class VaadinUi {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private final PortalHttp http;
    private final int uiId;
    private final String csrfToken;
    private int syncId;
    private int clientId;
    private int promise;
    final StateTree tree = new StateTree();
    /** Per grid node, its loaded rows by index. */
    private final Map<Integer, TreeMap<Integer, JsonNode>> rows = new HashMap<>();
    /** Per grid node, its number of rows as the server last told it. */
    private final Map<Integer, Integer> sizes = new HashMap<>();
    /** The raw body of the last response: notifications are looked for in it. */
    String lastBody = "";

    private VaadinUi(PortalHttp http, JsonNode uidl, int uiId) {
        this.http = http;
        this.uiId = uiId;
        this.csrfToken = uidl.get("Vaadin-Security-Key").asString();
        handle(uidl);
    }

    /** Opens {@code route} (no leading slash) in a new tab: the page, the UI's bootstrap, the navigation. */
    static VaadinUi open(PortalHttp http, String route) throws IOException, InterruptedException {
        HttpResponse<String> page = http.get("/" + route);
        if (page.statusCode() != 200) {
            throw new LoadError("page " + route + " answered " + page.statusCode() + " "
                    + page.headers().firstValue("Location").orElse(""));
        }
        HttpResponse<String> init = http.get("/?v-r=init&location=" + PortalHttp.encode(route) + "&query="
                + "&v-sh=860&v-sw=1366&v-wh=860&v-ww=1366&v-bh=860&v-bw=1366&v-tzo=-540&v-dstd=0&v-rtzo=-540"
                + "&v-dston=false&v-tzid=Asia%2FTokyo&v-wn=v-" + ThreadLocalRandom.current().nextLong(1L << 40)
                + "&v-td=false&v-pr=1&v-cs=light&v-pv=VISIBLE&v-tn=lumo");
        if (init.statusCode() != 200) {
            throw new LoadError("init answered " + init.statusCode());
        }
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        VaadinUi ui = new VaadinUi(http, config.get("uidl"), config.get("v-uiId").asInt());
        ui.navigate(route);
        return ui;
    }

    /** What a menu link or {@code ui.navigate} does in the browser: the router's navigation event on the UI. */
    void navigate(String route) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("route", "/" + route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        send(event(1, "ui-navigate", data));
    }

    ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    ObjectNode click(int node) {
        return event(node, "click", JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 400)
                .put("event.clientY", 300).put("event.altKey", false).put("event.button", 0)
                .put("event.screenX", 410).put("event.screenY", 400));
    }

    /** A property the browser synchronises (a field's value), followed by the event that carries it. */
    List<ObjectNode> typed(int node, String value, String eventName, ObjectNode eventData) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
        return List.of(sync, event(node, eventName, eventData));
    }

    /** A call of a {@code @ClientCallable} method, as {@code element.$server.method(args)} sends it. */
    ObjectNode call(int node, String method, Object... arguments) {
        ObjectNode call = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method).put("promise", promise++);
        ArrayNode args = call.putArray("templateEventMethodArgs");
        for (Object argument : arguments) {
            args.add(JSON.valueToTree(argument));
        }
        return call;
    }

    void send(ObjectNode... rpc) throws IOException, InterruptedException {
        send(List.of(rpc));
    }

    void send(List<ObjectNode> rpc) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrfToken);
        message.putArray("rpc").addAll(rpc);
        message.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = http.postJson("/?v-r=uidl&v-uiId=" + uiId, JSON.writeValueAsString(message));
        if (response.statusCode() != 200) {
            throw new LoadError("UIDL answered " + response.statusCode());
        }
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        lastBody = body;
        JsonNode uidl = JSON.readTree(body);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError")) {
            throw new LoadError("Vaadin error: " + meta.get("appError"));
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new LoadError("session expired");
        }
        if (uidl.has("syncId") && uidl.get("syncId").asInt() < 0) {
            throw new LoadError("the server resynchronised the UI");
        }
        List<ObjectNode> confirms = handle(uidl);
        if (!confirms.isEmpty()) {
            send(confirms);
        }
    }

    /** Applies a response; returns the grid update confirmations the grid connector would send back. */
    private List<ObjectNode> handle(JsonNode uidl) {
        syncId = uidl.path("syncId").asInt(syncId);
        clientId = uidl.path("clientId").asInt(clientId);
        tree.apply(uidl.get("changes"));
        List<ObjectNode> confirms = new ArrayList<>();
        for (JsonNode execute : uidl.path("execute")) {
            String script = execute.get(execute.size() - 1).asString();
            int node = execute.get(0).path("@v-node").asInt(-1);
            if (script.equals("return $0.$connector.set($1,$2)")) {
                int start = execute.get(1).asInt();
                TreeMap<Integer, JsonNode> loaded = rows.computeIfAbsent(node, n -> new TreeMap<>());
                for (JsonNode item : execute.get(2)) {
                    loaded.put(start++, item);
                }
            } else if (script.equals("return $0.$connector.clear($1,$2)")) {
                int start = execute.get(1).asInt();
                rows.getOrDefault(node, new TreeMap<>()).subMap(start, start + execute.get(2).asInt()).clear();
            } else if (script.contains("$connector.reset()") && node >= 0) {
                rows.remove(node);
            } else if (script.equals("return $0.$connector.updateSize($1)")) {
                sizes.put(node, execute.get(1).asInt());
            } else if (script.equals("return $0.$connector.confirm($1)")) {
                confirms.add(call(node, "confirmUpdate", execute.get(1).asInt()));
            }
        }
        return confirms;
    }

    /** The rows a grid has loaded, in order. */
    List<JsonNode> rows(int gridNode) {
        return new ArrayList<>(rows.getOrDefault(gridNode, new TreeMap<>()).values());
    }

    int size(int gridNode) {
        return sizes.getOrDefault(gridNode, 0);
    }

    int node(String elementId) {
        return tree.byId(elementId).orElseThrow(() -> new LoadError("no #" + elementId + " on the page")).id;
    }

    boolean has(String elementId) {
        return tree.byId(elementId).isPresent();
    }
}
