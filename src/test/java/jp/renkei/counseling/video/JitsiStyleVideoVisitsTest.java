package jp.renkei.counseling.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JitsiStyleVideoVisitsTest {

    @Test
    void productionRefusesToStartWithThePublicDemoServerOrWithoutHttps() {
        assertThatThrownBy(() -> new JitsiStyleVideoVisits("https://meet.jit.si", true))
                .hasMessageContaining("RENKEI_VIDEO_BASE_URL");
        assertThatThrownBy(() -> new JitsiStyleVideoVisits("http://video.renkei-network.example.jp", true))
                .hasMessageContaining("https");
        assertThat(new JitsiStyleVideoVisits("https://video.renkei-network.example.jp/", true).newVisitUrl())
                .startsWith("https://video.renkei-network.example.jp/renkei-");
    }

    @Test
    void aRoomIsARandomNameAndNothingElse() {
        JitsiStyleVideoVisits visits = new JitsiStyleVideoVisits("https://meet.jit.si", false);
        String first = visits.newVisitUrl();
        assertThat(first).matches("https://meet\\.jit\\.si/renkei-[0-9a-f]{32}");
        assertThat(visits.newVisitUrl()).isNotEqualTo(first);
    }
}
