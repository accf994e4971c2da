package jp.renkei.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;

/**
 * Scrolling the list page by page from bookmarks (keyset paging) shows the same rows in the same order as reading
 * each page by offset, in every order the grid offers, across the overdue part of the inbox, and after a jump.
 */
@RenkeiIntegrationTest
class ReferralListPagingIT {

    private static final int PAGE = 3;

    @Autowired
    ReferralService referrals;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @ParameterizedTest
    @CsvSource({ "coordinator, NEWEST_ACTIVITY, false", "coordinator, NEWEST_ACTIVITY, true",
            "coordinator, NUMBER, false", "coordinator, NUMBER, true", "coordinator, SUBMITTED, false",
            "liaison, NEWEST_ACTIVITY, false", "liaison, NUMBER, true" })
    void scrollingFromBookmarksShowsWhatOffsetsShow(String user, ReferralSort order, boolean ascending) {
        signIn.as(user);
        List<Long> byOffset = ids(referrals.list(ReferralFilter.everything(), order, ascending, 0, 1_000));
        assertThat(byOffset).hasSizeGreaterThan(2 * PAGE);

        List<Long> scrolled = new ArrayList<>();
        ReferralListBookmark bookmark = null;
        for (int offset = 0; offset < byOffset.size() + PAGE; offset += PAGE) {
            List<ReferralSummary> page = referrals.list(ReferralFilter.everything(), order, ascending, offset, PAGE,
                    bookmark);
            scrolled.addAll(ids(page));
            bookmark = page.isEmpty() ? bookmark : new ReferralListBookmark(offset + page.size(), page.getLast());
        }
        assertThat(scrolled).isEqualTo(byOffset);
    }

    @ParameterizedTest
    @CsvSource({ "NEWEST_ACTIVITY, false", "NUMBER, true" })
    void aJumpPastTheLastBookmarkSkipsFromIt(ReferralSort order, boolean ascending) {
        signIn.as("coordinator");
        List<Long> byOffset = ids(referrals.list(ReferralFilter.everything(), order, ascending, 0, 1_000));
        List<ReferralSummary> first = referrals.list(ReferralFilter.everything(), order, ascending, 0, PAGE);
        int jumpTo = byOffset.size() - PAGE;

        List<ReferralSummary> jumped = referrals.list(ReferralFilter.everything(), order, ascending, jumpTo, PAGE,
                new ReferralListBookmark(PAGE, first.getLast()));

        assertThat(ids(jumped)).isEqualTo(byOffset.subList(jumpTo, byOffset.size()));
    }

    /** The first page is read apart (its late rows as rows): of every length it starts the whole list. */
    @ParameterizedTest
    @CsvSource({ "coordinator", "liaison" })
    void aFirstPageOfAnyLengthIsTheStartOfTheList(String user) {
        signIn.as(user);
        List<ReferralSummary> whole = referrals.list(ReferralFilter.everything(), 0, 1_000);
        int late = (int) whole.stream().filter(ReferralSummary::overdue).count();
        assertThat(whole.subList(0, late)).as("what is overdue first").allMatch(ReferralSummary::overdue);
        List<Long> byOffset = ids(whole);

        for (int length = 1; length <= byOffset.size() + 1; length++) {
            assertThat(ids(referrals.list(ReferralFilter.everything(), 0, length))).as("the first %d", length)
                    .isEqualTo(byOffset.subList(0, Math.min(length, byOffset.size())));
        }
    }

    private static List<Long> ids(List<ReferralSummary> rows) {
        return rows.stream().map(r -> r.id().value()).toList();
    }
}
