package jp.renkei.expertpanel;

import java.util.Optional;

/**
 * What became of the genetic-counseling request a case's secondary finding raised, asked by the case page. Implemented
 * by the counseling module (which listens for {@link SecondaryFindingRaised}); expertpanel never depends on it, so
 * without an implementation the case page simply shows no request.
 */
public interface CounselingFollowUp {

    /** The request raised for the case, if any, as the current hospital may see it. */
    Optional<FollowUpStatus> forCase(long caseId);
}
