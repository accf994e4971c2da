package jp.renkei.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.renkei.shared.Role;

/** What a hospital admin types to give a new colleague access. Messages are bundle keys. */
public record NewStaffMember(
        @NotBlank(message = "{staff.username.required}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,49}", message = "{staff.username.pattern}")
        String username,
        @NotBlank(message = "{staff.displayName.required}") @Size(max = 200) String displayName,
        @Email(message = "{staff.email.invalid}") @Size(max = 254) String email,
        @NotNull(message = "{staff.password.required}")
        @Size(min = 12, max = 200, message = "{staff.password.length}") String initialPassword,
        @NotNull(message = "{staff.role.required}") Role role) {
}
