package jp.renkei.counseling.video;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code <base>/renkei-<32 hex chars>}: a 128-bit random room name nobody can guess, carrying no patient data. The
 * demo and the tests use the public Jitsi server; production must name its own.
 */
@Component
class JitsiStyleVideoVisits implements VideoVisitProvider {

    private static final int ROOM_BYTES = 16;
    private static final String PUBLIC_DEMO_HOST = "meet.jit.si";

    private final SecureRandom random = new SecureRandom();
    private final String baseUrl;

    JitsiStyleVideoVisits(@Value("${renkei.video.base-url:https://meet.jit.si}") String baseUrl,
            @Value("${renkei.video.require-hospital-server:false}") boolean requireHospitalServer) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (requireHospitalServer) {
            refuseUnlessHospitalServer(this.baseUrl);
        }
    }

    /**
     * Production runs visits on a server the network controls (self-hosted Jitsi with a lobby or tokens, or another
     * provider): the public demo server has no contract, no lobby the hospital sets and logs it cannot see.
     */
    static void refuseUnlessHospitalServer(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || PUBLIC_DEMO_HOST.equals(uri.getHost())) {
            throw new IllegalStateException("renkei.video.base-url must be the network's own video server over"
                    + " https (set RENKEI_VIDEO_BASE_URL), not " + baseUrl);
        }
    }

    @Override
    public String newVisitUrl() {
        byte[] room = new byte[ROOM_BYTES];
        random.nextBytes(room);
        return baseUrl + "/renkei-" + HexFormat.of().formatHex(room);
    }
}
