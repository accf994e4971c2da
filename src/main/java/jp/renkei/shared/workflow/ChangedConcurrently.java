package jp.renkei.shared.workflow;

/** Someone else changed the record after this person loaded it: nothing was overwritten. */
public class ChangedConcurrently extends Refused {

    public ChangedConcurrently(String what) {
        super("error.concurrentChange", what);
    }
}
