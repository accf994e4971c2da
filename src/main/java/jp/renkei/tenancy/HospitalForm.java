package jp.renkei.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/** What a network admin enters for a hospital. Messages are bundle keys. */
public record HospitalForm(
        @NotBlank(message = "{hospital.code.required}")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "{hospital.code.pattern}") String code,
        @NotBlank(message = "{hospital.nameJa.required}") @Size(max = 200) String nameJa,
        @NotBlank(message = "{hospital.nameEn.required}") @Size(max = 200) String nameEn,
        @NotNull(message = "{hospital.tier.required}") HospitalTier tier,
        boolean panelCapable,
        @NotNull(message = "{hospital.prefecture.required}")
        @Pattern(regexp = "0[1-9]|[1-3][0-9]|4[0-7]", message = "{hospital.prefecture.required}") String prefectureCode,
        @Size(max = 300) String addressJa) {
}
