package jp.renkei.shared.workflow;

/**
 * The record does not exist or belongs to a hospital the viewer is not party to; the two are deliberately
 * indistinguishable. The shell shows its not-found page for it and audits the attempt.
 */
public class NotFound extends Refused {

    public NotFound(String what) {
        super("error.notFound.message", what);
    }
}
