package jp.renkei.shared.notification;

import java.util.List;
import java.util.Set;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;

/**
 * "Tell the people holding this role at this hospital": published by a workflow module in its transaction,
 * delivered in-app and by email by the notification module after commit (persisted, so never lost).
 *
 * @param messageKey     bundle key of the one-line message; {@code messageKey + ".subject"} is not needed
 * @param arguments      message arguments (no patient names: notices travel by email)
 * @param link           route to open, e.g. "referrals/12"
 * @param recipientUsers empty for everyone holding the role; otherwise only these people among them (the members
 *                       chosen for a review round, the owner of an overdue step)
 */
public record Notice(HospitalId hospital, Role recipientRole, String messageKey, List<String> arguments,
        String link, Set<UserId> recipientUsers) {

    public Notice {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        recipientUsers = recipientUsers == null ? Set.of() : Set.copyOf(recipientUsers);
    }

    /** A notice for everyone holding {@code recipientRole} at {@code hospital}. */
    public Notice(HospitalId hospital, Role recipientRole, String messageKey, List<String> arguments, String link) {
        this(hospital, recipientRole, messageKey, arguments, link, Set.of());
    }

    /** A notice for the named people only, as holders of {@code recipientRole} at {@code hospital}. */
    public static Notice toPeople(Set<UserId> people, HospitalId hospital, Role recipientRole, String messageKey,
            List<String> arguments, String link) {
        if (people.isEmpty()) {
            throw new IllegalArgumentException("a notice to people needs at least one person");
        }
        return new Notice(hospital, recipientRole, messageKey, arguments, link, people);
    }

    public boolean addressedToEveryoneInRole() {
        return recipientUsers.isEmpty();
    }
}
