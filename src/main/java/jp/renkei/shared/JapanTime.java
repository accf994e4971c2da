package jp.renkei.shared;

import java.time.ZoneId;

/** Times are stored as UTC instants and shown in Tokyo time. */
public final class JapanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanTime() {
    }
}
