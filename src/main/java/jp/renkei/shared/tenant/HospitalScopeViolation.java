package jp.renkei.shared.tenant;

import org.springframework.security.access.AccessDeniedException;

/** Raised when code tries to write a row that belongs to a hospital other than the one in scope. */
public class HospitalScopeViolation extends AccessDeniedException {

    public HospitalScopeViolation(String message) {
        super(message);
    }
}
