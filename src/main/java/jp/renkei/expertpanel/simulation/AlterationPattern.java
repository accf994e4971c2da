package jp.renkei.expertpanel.simulation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way an alteration is named in the proposal data, matched against what a panel member typed. The data uses a
 * small vocabulary, so the file stays readable and every form it names is tested:
 * <ul>
 * <li>{@code p.L858R}: this protein change (one-letter codes; "p." and case may be left out when typed);</li>
 * <li>{@code exon19del:729-761}: an exon deletion, typed as such ("exon 19 deletion", "ex19del", "エクソン19欠失")
 * or as a protein deletion starting within those codons ({@code p.E746_A750del}, {@code p.L747_P753delinsS});</li>
 * <li>{@code exon14skipping}: an exon skipping ("exon 14 skipping", "ex14skip", "エクソン14スキッピング");</li>
 * <li>{@code fusion}: a fusion or rearrangement ("EML4-ALK", "ETV6::NTRK3", "融合");</li>
 * <li>{@code high}: a high measure such as MSI-High or TMB-High ("High", "MSI-H");</li>
 * <li>{@code any}: any alteration of the gene (loss-of-function genes such as BRCA1/2).</li>
 * </ul>
 */
sealed interface AlterationPattern {

    Pattern PROTEIN = Pattern.compile("p\\.([A-Z*]\\d+[A-Z*])");
    Pattern EXON_DELETION = Pattern.compile("exon(\\d+)del:(\\d+)-(\\d+)");
    Pattern EXON_SKIPPING = Pattern.compile("exon(\\d+)skipping");
    Pattern TYPED_DELETION = Pattern.compile("^[A-Z](\\d+)(_[A-Z]\\d+)?DEL");

    boolean matches(String typed);

    static AlterationPattern parse(String pattern) {
        Matcher protein = PROTEIN.matcher(pattern);
        Matcher deletion = EXON_DELETION.matcher(pattern);
        Matcher skipping = EXON_SKIPPING.matcher(pattern);
        if (protein.matches()) {
            return new ProteinChange(protein.group(1));
        } else if (deletion.matches()) {
            return new ExonDeletion(Integer.parseInt(deletion.group(1)), Integer.parseInt(deletion.group(2)),
                    Integer.parseInt(deletion.group(3)));
        } else if (skipping.matches()) {
            return new ExonSkipping(Integer.parseInt(skipping.group(1)));
        }
        return switch (pattern) {
            case "fusion" -> new Fusion();
            case "high" -> new High();
            case "any" -> new Any();
            default -> throw new IllegalArgumentException("Unknown alteration pattern '" + pattern + "'");
        };
    }

    /** Upper case, full-width folded, without spaces and without a leading "p.". */
    static String normalise(String typed) {
        String folded = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT).replaceAll("\\s", "");
        return folded.startsWith("P.") ? folded.substring(2) : folded;
    }

    record ProteinChange(String change) implements AlterationPattern {
        public boolean matches(String typed) {
            return normalise(typed).equals(change);
        }
    }

    record ExonDeletion(int exon, int firstCodon, int lastCodon) implements AlterationPattern {
        public boolean matches(String typed) {
            String text = normalise(typed);
            if (text.contains("EXON" + exon + "DEL") || text.contains("EX" + exon + "DEL")
                    || text.contains("エクソン" + exon + "欠失")) {
                return true;
            }
            Matcher deletion = TYPED_DELETION.matcher(text);
            if (!deletion.find()) {
                return false;
            }
            int start = Integer.parseInt(deletion.group(1));
            return start >= firstCodon && start <= lastCodon;
        }
    }

    record ExonSkipping(int exon) implements AlterationPattern {
        public boolean matches(String typed) {
            String text = normalise(typed);
            return text.contains("EXON" + exon + "SKIP") || text.contains("EX" + exon + "SKIP")
                    || text.contains("エクソン" + exon + "スキッピング");
        }
    }

    record Fusion() implements AlterationPattern {
        public boolean matches(String typed) {
            String text = normalise(typed);
            return text.contains("FUSION") || text.contains("REARRANGEMENT") || text.contains("融合")
                    || text.contains("::") || text.matches("[A-Z0-9]+-[A-Z0-9]+");
        }
    }

    record High() implements AlterationPattern {
        public boolean matches(String typed) {
            String text = normalise(typed);
            return text.contains("HIGH") || text.equals("H") || text.endsWith("-H") || text.equals("高");
        }
    }

    record Any() implements AlterationPattern {
        public boolean matches(String typed) {
            return true;
        }
    }
}
