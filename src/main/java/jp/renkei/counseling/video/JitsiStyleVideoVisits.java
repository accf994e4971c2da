package jp.renkei.counseling.video;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code <base>/renkei-<32 hex chars>}: a 128-bit random room name nobody can guess. */
@Component
class JitsiStyleVideoVisits implements VideoVisitProvider {

    private static final int ROOM_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final String baseUrl;

    JitsiStyleVideoVisits(@Value("${renkei.video.base-url:https://meet.jit.si}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public String newVisitUrl() {
        byte[] room = new byte[ROOM_BYTES];
        random.nextBytes(room);
        return baseUrl + "/renkei-" + HexFormat.of().formatHex(room);
    }
}
