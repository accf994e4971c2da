package jp.renkei.e2e;

import java.time.Instant;

import jp.renkei.identity.internal.Base32;
import jp.renkei.identity.internal.DemoSecondFactor;
import jp.renkei.identity.internal.Totp;

/** The authenticator code of the demo secret at a moment, as the bench accounts (which carry it) type it. */
final class BenchCodes {

    private BenchCodes() {
    }

    static long now(Instant moment) {
        return Long.parseLong(Totp.codeAt(Base32.decode(DemoSecondFactor.SECRET), Totp.stepAt(moment)));
    }
}
