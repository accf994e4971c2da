package jp.renkei.referral.ui;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import jp.renkei.referral.ReferralListBookmark;
import jp.renkei.referral.ReferralSummary;

/**
 * The grid asks for pages by offset; this remembers the last row of each page it was served so the next, deeper
 * page continues from the nearest one (keyset paging in {@code ReferralService}) instead of reading every row
 * before it again. Bookmarks belong to one list (filter and order) and are forgotten when it changes.
 */
final class ListBookmarks {

    /** Enough for 5,000 rows of scrolling at the grid's 50 a page; past that the shallowest go, cheap by offset. */
    private static final int KEPT = 100;

    interface PageSource {
        List<ReferralSummary> page(ReferralListBookmark nearest);
    }

    private final NavigableMap<Integer, ReferralSummary> rowBefore = new TreeMap<>();
    private Object list;

    List<ReferralSummary> page(Object list, int offset, PageSource source) {
        if (!list.equals(this.list)) {
            forget();
            this.list = list;
        }
        Map.Entry<Integer, ReferralSummary> nearest = rowBefore.floorEntry(offset);
        List<ReferralSummary> page = source.page(nearest == null ? null
                : new ReferralListBookmark(nearest.getKey(), nearest.getValue()));
        if (!page.isEmpty()) {
            rowBefore.put(offset + page.size(), page.getLast());
            if (rowBefore.size() > KEPT) {
                rowBefore.pollFirstEntry();
            }
        }
        return page;
    }

    void forget() {
        rowBefore.clear();
    }
}
