package jp.renkei.expertpanel.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the catalogue's cancer types sit in OncoTree ({@value #RESOURCE}), so that a drug approved for non-small
 * cell lung cancer (NSCLC) covers a case coded as lung adenocarcinoma (LUAD). Matching runs upwards only: a case
 * coded at a broader level (NSCLC) is not taken to be every narrower type an entry names (LUAD).
 */
public final class CancerTypeTree {

    public static final String RESOURCE = "expertpanel/oncotree-parents.csv";

    private final Map<String, String> parents;

    CancerTypeTree(Map<String, String> parents) {
        this.parents = Map.copyOf(parents);
    }

    public static CancerTypeTree shipped() {
        try (InputStream in = CancerTypeTree.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OncoTree parents not found: " + RESOURCE);
            }
            Map<String, String> parents = new HashMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.equals("code,parent")) {
                    continue;
                }
                String[] edge = line.split(",");
                if (edge.length != 2 || parents.put(edge[0].strip(), edge[1].strip()) != null) {
                    throw new IllegalStateException(RESOURCE + ": bad or repeated line '" + line + "'");
                }
            }
            return new CancerTypeTree(parents);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    /** Whether {@code code} is {@code ancestor} itself or lies below it. */
    public boolean within(String code, String ancestor) {
        if (code == null) {
            return false;
        }
        for (String at = code.strip().toUpperCase(Locale.ROOT); at != null; at = parents.get(at)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the code appears in the tree, as a child or as a parent. */
    public boolean knows(String code) {
        return parents.containsKey(code) || parents.containsValue(code);
    }
}
