package jp.renkei.shared.notification;

import java.util.List;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;

/**
 * "Tell the people holding this role at this hospital": published by a workflow module in its transaction,
 * delivered in-app and by email by the notification module after commit (persisted, so never lost).
 *
 * @param messageKey bundle key of the one-line message; {@code messageKey + ".subject"} is not needed
 * @param arguments  message arguments (no patient names: notices travel by email)
 * @param link       route to open, e.g. "referrals/12"
 */
public record Notice(HospitalId hospital, Role recipientRole, String messageKey, List<String> arguments,
        String link) {

    public Notice {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
