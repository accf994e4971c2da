package jp.renkei.tenancy;


/** Filter of the hospital list; nulls mean "any". */
public record HospitalQuery(String text, HospitalTier tier) {

    public HospitalQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
