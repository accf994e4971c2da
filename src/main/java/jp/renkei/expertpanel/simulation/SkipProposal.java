package jp.renkei.expertpanel.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import jp.renkei.expertpanel.composition.TumourCategory;

/**
 * The three societies' 2025 proposal for skipping the expert panel, as data ({@value #RESOURCE}): a variant that is
 * a companion-diagnostic target with an approved drug for the case's cancer type (their table 2), or on their list
 * of level-A variants (table 1-2). It is a proposal and not in force: nothing but the simulation reads it.
 */
public record SkipProposal(String id, Status status, String title, TumourCategory tumourCategory,
        LocalDate publishedOn, String source, String unconfirmed, List<ProposalEntry> companionDiagnostics,
        List<ProposalEntry> levelAList) {

    public static final String RESOURCE = "expertpanel/proposal-2025.json";

    // strict, like the composition rules: a misspelt field must fail at start-up, not widen what may skip;
    // a missing field is caught by the records' own checks, as caveat and unconfirmed may be left out
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * Only proposals are kept here. Should the rule come into force it belongs with the rule sets that decide
     * (composition-rules.json and the simplified-review rule), not in a simulation.
     */
    public enum Status {
        PROPOSAL_NOT_IN_FORCE
    }

    public SkipProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tumourCategory, "tumourCategory");
        Objects.requireNonNull(publishedOn, "publishedOn");
        if (source == null || source.isBlank()) {
            throw new IllegalStateException(id + " needs a source");
        }
        companionDiagnostics = List.copyOf(companionDiagnostics);
        levelAList = List.copyOf(levelAList);
        Set<String> ids = new HashSet<>();
        // the fields are assigned only after this body, so the parameters are read, not entries()
        Stream.concat(companionDiagnostics.stream(), levelAList.stream()).forEach(entry -> {
            if (!ids.add(entry.id())) {
                throw new IllegalStateException(id + ": entry " + entry.id() + " appears twice");
            }
        });
    }

    public static SkipProposal shipped() {
        try (InputStream in = SkipProposal.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Panel-skip proposal not found: " + RESOURCE);
            }
            return MAPPER.readValue(in, SkipProposal.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    /** Companion diagnostics first: where a variant is on both lists, table 2 is the reason given. */
    public Stream<ProposalEntry> entries() {
        return Stream.concat(companionDiagnostics.stream(), levelAList.stream());
    }
}
