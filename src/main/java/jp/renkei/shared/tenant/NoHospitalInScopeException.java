package jp.renkei.shared.tenant;

import org.springframework.security.access.AccessDeniedException;

/** Raised when hospital-owned data is touched outside any hospital scope. */
public class NoHospitalInScopeException extends AccessDeniedException {

    public NoHospitalInScopeException() {
        super("No hospital in scope: hospital-owned data is only reachable for a signed-in hospital member "
                + "or inside an explicit hospital scope");
    }
}
