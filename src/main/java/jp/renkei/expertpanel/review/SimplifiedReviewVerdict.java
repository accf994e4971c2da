package jp.renkei.expertpanel.review;

import java.util.List;

/** Whether a case may be reviewed by 持ち回り協議, and why, as message keys with their arguments. */
public record SimplifiedReviewVerdict(boolean allowed, List<Reason> reasons) {

    public SimplifiedReviewVerdict {
        reasons = List.copyOf(reasons);
    }

    public record Reason(String key, List<String> arguments) {

        static Reason of(String key, String... arguments) {
            return new Reason(key, List.of(arguments));
        }
    }
}
