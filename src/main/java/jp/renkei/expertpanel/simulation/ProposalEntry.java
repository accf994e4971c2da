package jp.renkei.expertpanel.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One line of the proposal's lists: variants of {@code genes} named by {@code alterations} (see
 * {@link AlterationPattern}) with {@code drug} approved for {@code cancerTypes} (OncoTree codes, each covering its
 * descendants; {@code "*"} for every solid tumour). {@code panelTests} names the panel tests carrying the companion
 * diagnostic, for the reader: cases do not record which test was used, so it does not decide. {@code unconfirmed}
 * says what is not yet checked against the societies' tables; {@code caveat} what the case data cannot show.
 */
public record ProposalEntry(String id, List<String> genes, List<String> alterations, String drug,
        List<String> cancerTypes, List<String> panelTests, String source, LocalDate asOf, String unconfirmed,
        String caveat) {

    /** Written in the data for an entry that applies whatever the solid tumour. */
    public static final String EVERY_SOLID_TUMOUR = "*";

    public ProposalEntry {
        require(id != null && !id.isBlank(), id, "an id");
        require(genes != null && !genes.isEmpty(), id, "genes");
        require(alterations != null && !alterations.isEmpty(), id, "alterations");
        require(drug != null && !drug.isBlank(), id, "a drug");
        require(cancerTypes != null && !cancerTypes.isEmpty(), id, "cancer types");
        require(source != null && !source.isBlank(), id, "a source");
        require(asOf != null, id, "an as-of date");
        alterations.forEach(AlterationPattern::parse);
        genes = genes.stream().map(g -> g.strip().toUpperCase(Locale.ROOT)).toList();
        alterations = List.copyOf(alterations);
        cancerTypes = List.copyOf(cancerTypes);
        panelTests = panelTests == null ? List.of() : List.copyOf(panelTests);
        unconfirmed = unconfirmed == null || unconfirmed.isBlank() ? null : unconfirmed;
        caveat = caveat == null || caveat.isBlank() ? null : caveat;
    }

    public boolean tumourAgnostic() {
        return cancerTypes.contains(EVERY_SOLID_TUMOUR);
    }

    boolean names(String gene, String alteration) {
        return gene != null && genes.contains(gene.strip().toUpperCase(Locale.ROOT))
                && alterations.stream().map(AlterationPattern::parse).anyMatch(p -> p.matches(alteration));
    }

    private static void require(boolean condition, String id, String what) {
        if (!condition) {
            throw new IllegalStateException("Proposal entry " + id + " needs " + what);
        }
    }
}
