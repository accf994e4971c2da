package jp.renkei.shared;

/** Identifies a hospital (tenant) of the network. */
public record HospitalId(long value) implements java.io.Serializable {

    public HospitalId {
        if (value <= 0) {
            throw new IllegalArgumentException("HospitalId must be positive: " + value);
        }
    }

    public static HospitalId of(long value) {
        return new HospitalId(value);
    }
}
