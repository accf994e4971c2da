package jp.renkei.shared;

/** Identifies a person's account; the same person may work for several hospitals. */
public record UserId(long value) implements java.io.Serializable {

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("UserId must be positive: " + value);
        }
    }

    public static UserId of(long value) {
        return new UserId(value);
    }
}
