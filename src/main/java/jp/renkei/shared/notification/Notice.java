package jp.renkei.shared.notification;

import java.util.List;
import java.util.Set;
import java.util.UUID;

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
 * @param id             this notice's own identity, made when it is published and kept in the event registry: a
 *                       delivery replayed after a crash (the registry completes a delivery after its transaction,
 *                       so a crash in between replays it) finds the notice already stored and does not store it again
 */
public record Notice(HospitalId hospital, Role recipientRole, String messageKey, List<String> arguments,
        String link, Set<UserId> recipientUsers, String id) {

    public Notice {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        recipientUsers = recipientUsers == null ? Set.of() : Set.copyOf(recipientUsers);
        id = id == null ? UUID.randomUUID().toString() : id;
    }

    /** A new notice for the named people among the role's holders (everyone in the role if none are named). */
    public Notice(HospitalId hospital, Role recipientRole, String messageKey, List<String> arguments, String link,
            Set<UserId> recipientUsers) {
        this(hospital, recipientRole, messageKey, arguments, link, recipientUsers, null);
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
