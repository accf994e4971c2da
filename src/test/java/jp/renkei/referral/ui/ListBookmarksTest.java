package jp.renkei.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralListBookmark;
import jp.renkei.referral.ReferralStatus;
import jp.renkei.referral.ReferralSummary;

/** The grid's next page continues from the nearest page it was served; another filter or order starts afresh. */
class ListBookmarksTest {

    private final ListBookmarks bookmarks = new ListBookmarks();
    private final List<ReferralListBookmark> asked = new ArrayList<>();

    @Test
    void aDeeperPageContinuesFromTheNearestPageServed() {
        page("inbox", 0);
        page("inbox", 50);
        page("inbox", 200);

        assertThat(asked.get(0)).isNull();
        assertThat(asked.get(1).offset()).isEqualTo(50);
        assertThat(asked.get(1).rowBefore().id().value()).as("the 50th row").isEqualTo(50);
        assertThat(asked.get(2).offset()).as("the jump starts at the last page served").isEqualTo(100);
    }

    @Test
    void anotherFilterOrOrderForgetsTheBookmarks() {
        page("inbox", 0);
        page("inbox, submitted only", 50);

        assertThat(asked.get(1)).isNull();
    }

    private void page(String list, int offset) {
        bookmarks.page(list, offset, nearest -> {
            asked.add(nearest);
            return LongStream.range(offset, offset + 50).mapToObj(i -> row(i + 1)).toList();
        });
    }

    private static ReferralSummary row(long id) {
        return new ReferralSummary(new ReferralId(id), ReferralStatus.ACCEPTED, "", null, Set.of(), null, null, null,
                null, false, Instant.EPOCH, "", null);
    }
}
