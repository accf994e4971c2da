package jp.renkei.expertpanel;

import jp.renkei.shared.workflow.Refused;

/** How many cases one meeting may take: a panel's default and each meeting's own, within the same bounds. */
final class CaseCapacity {

    static final int DEFAULT = 10;
    static final int MAX = 200;

    private CaseCapacity() {
    }

    static int require(int capacity) {
        if (capacity < 1 || capacity > MAX) {
            throw new Refused("panel.load.error.capacity", "capacity " + capacity, String.valueOf(MAX));
        }
        return capacity;
    }
}
