package jp.renkei.e2e.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * One UI's element tree as the browser keeps it, built from the {@code changes} of Vaadin's UIDL responses: per
 * node its tag, properties, attributes, children and text. Enough to find components by id, tag and text.
 */
final class StateTree {

    // Vaadin's NodeFeatures ids, as they appear in "feat"
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;

    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            JsonNode value = attributes.get(name);
            return value == null ? null : value.asString();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, change.get("key").asString(),
                        change.has("nodeValue") ? change.get("nodeValue") : change.get("value"));
                case "remove" -> {
                    node.properties.remove(change.get("key").asString());
                    node.attributes.remove(change.get("key").asString());
                }
                case "splice" -> splice(node, feature, change);
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node.children.clear();
                    }
                }
                default -> {
                    // "attach" creates the node (above); other features (listeners, class list...) are not needed
                }
            }
        }
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        switch (feature) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asString();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value);
            case TEXT -> node.text = value.asString();
            default -> {
            }
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        if (feature != CHILDREN) {
            return;
        }
        int index = change.get("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        if (change.has("addNodes")) {
            int at = index;
            for (JsonNode added : change.get("addNodes")) {
                node.children.add(Math.min(at++, node.children.size()), added.asInt());
            }
        }
    }

    Optional<Node> byId(String elementId) {
        return find(n -> elementId.equals(n.attribute("id")));
    }

    Optional<Node> find(Predicate<Node> test) {
        return nodes.values().stream().filter(test).findFirst();
    }

    /** The node and every node below it. */
    List<Node> subtree(Node root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private void collect(Node node, List<Node> all) {
        all.add(node);
        for (int child : node.children) {
            Node found = nodes.get(child);
            if (found != null) {
                collect(found, all);
            }
        }
    }

    /** The text of a node's text children, joined (a button's label). */
    String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node below : subtree(node)) {
            if (below.text != null) {
                text.append(below.text);
            }
        }
        return text.toString();
    }

    Node node(int id) {
        return nodes.get(id);
    }
}
