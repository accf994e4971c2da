package jp.renkei.shared.live;

import jp.renkei.shared.HospitalId;

/**
 * "What people see under this topic has changed": published by a service inside its transaction. After the
 * commit it goes to the change feed in the database, from which every application node refreshes the open
 * screens that subscribed to the topic (see {@link LiveUpdates}). Nothing is sent when the transaction rolls
 * back. Carries ids only, never patient data.
 *
 * @param topic    e.g. {@link LiveTopics#referral(long)}
 * @param hospital the hospital the topic belongs to, if it belongs to one (kept with the change for tracing)
 */
public record LiveChange(String topic, HospitalId hospital) {

    public LiveChange {
        if (topic == null || topic.isBlank() || topic.length() > LiveTopics.MAX_LENGTH) {
            throw new IllegalArgumentException("A live change needs a topic of at most " + LiveTopics.MAX_LENGTH
                    + " characters");
        }
    }

    public LiveChange(String topic) {
        this(topic, null);
    }
}
