package jp.renkei.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** A list address carries its filter both ways, so a home tile, a bookmark or a shared link opens the same list. */
class ReferralFilterTest {

    @Test
    void aFilterSurvivesTheTripThroughItsListAddress() {
        ReferralFilter filter = new ReferralFilter(Set.of(ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "PAAD", RequestedService.GENETIC_COUNSELING,
                true, "やまだ 花");

        assertThat(parse(filter.listRoute())).isEqualTo(filter);
        assertThat(ReferralFilter.everything().listRoute()).isEqualTo("referrals");
        assertThat(new ReferralFilter(Set.of(), null, null, null, null, true).listRoute())
                .isEqualTo("referrals?overdue=true");
    }

    @Test
    void aHandEditedAddressOpensTheListWithWhatCanBeRead() {
        ReferralFilter filter = ReferralFilter.fromQueryParameters(Map.of("status", List.of("SUBMITTED,NONSENSE"),
                "from", List.of("yesterday"), "service", List.of("PIZZA")));

        assertThat(filter).isEqualTo(new ReferralFilter(Set.of(ReferralStatus.SUBMITTED), null, null, null, null,
                false));
    }

    static ReferralFilter parse(String route) {
        String query = route.substring(route.indexOf('?') + 1);
        Map<String, List<String>> parameters = Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> List.of(java.net.URLDecoder.decode(p[1],
                        java.nio.charset.StandardCharsets.UTF_8))));
        return ReferralFilter.fromQueryParameters(parameters);
    }
}
