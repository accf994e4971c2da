package jp.renkei.referral;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the list shows; nulls and empty sets mean "any". Dates are Tokyo dates of the last activity.
 *
 * @param patient the hospital patient ID, or the start of the patient's name in kanji or kana
 */
public record ReferralFilter(Set<ReferralStatus> statuses, LocalDate from, LocalDate to, String cancerTypeCode,
        RequestedService service, boolean overdueOnly, String patient) {

    public static ReferralFilter everything() {
        return new ReferralFilter(Set.of(), null, null, null, null, false, null);
    }

    public ReferralFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        cancerTypeCode = cancerTypeCode == null || cancerTypeCode.isBlank() ? null : cancerTypeCode.strip();
        patient = patient == null || patient.isBlank() ? null : patient.strip();
    }

    /** The list's address for this filter ("referrals?status=SUBMITTED&overdue=true"), for links from elsewhere. */
    public String listRoute() {
        List<String> parameters = new ArrayList<>();
        if (!statuses.isEmpty()) {
            parameters.add("status=" + statuses.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (from != null) {
            parameters.add("from=" + from);
        }
        if (to != null) {
            parameters.add("to=" + to);
        }
        if (cancerTypeCode != null) {
            parameters.add("cancer=" + URLEncoder.encode(cancerTypeCode, StandardCharsets.UTF_8));
        }
        if (service != null) {
            parameters.add("service=" + service.name());
        }
        if (overdueOnly) {
            parameters.add("overdue=true");
        }
        if (patient != null) {
            parameters.add("patient=" + URLEncoder.encode(patient, StandardCharsets.UTF_8));
        }
        return parameters.isEmpty() ? "referrals" : "referrals?" + String.join("&", parameters);
    }

    /** The filter a list address asks for; unknown or malformed parameters are ignored, never an error page. */
    public static ReferralFilter fromQueryParameters(Map<String, List<String>> parameters) {
        Set<ReferralStatus> statuses = new HashSet<>();
        for (String value : all(parameters, "status")) {
            for (String name : value.split(",")) {
                parse(() -> statuses.add(ReferralStatus.valueOf(name.strip())));
            }
        }
        LocalDate[] dates = new LocalDate[2];
        first(parameters, "from").ifPresent(v -> parse(() -> dates[0] = LocalDate.parse(v)));
        first(parameters, "to").ifPresent(v -> parse(() -> dates[1] = LocalDate.parse(v)));
        RequestedService[] service = new RequestedService[1];
        first(parameters, "service").ifPresent(v -> parse(() -> service[0] = RequestedService.valueOf(v)));
        return new ReferralFilter(statuses, dates[0], dates[1], first(parameters, "cancer").orElse(null), service[0],
                first(parameters, "overdue").map(Boolean::parseBoolean).orElse(false),
                first(parameters, "patient").orElse(null));
    }

    private static List<String> all(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of());
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return all(parameters, name).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static void parse(Runnable parse) {
        try {
            parse.run();
        } catch (IllegalArgumentException | java.time.DateTimeException ignored) {
            // a hand-edited or outdated link: leave that part of the filter open
        }
    }

    /** Without a patient search (kept for callers written before it existed, such as counseling). */
    public ReferralFilter(Set<ReferralStatus> statuses, LocalDate from, LocalDate to, String cancerTypeCode,
            RequestedService service, boolean overdueOnly) {
        this(statuses, from, to, cancerTypeCode, service, overdueOnly, null);
    }
}
