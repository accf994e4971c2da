package jp.renkei.ccat;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered by the author's hospital; every query also names the author. */
interface TestDraftRepository extends JpaRepository<TestDraft, Long> {

    List<TestDraft> findByTestIdAndAuthorId(long testId, long authorId);

    Optional<TestDraft> findByTestIdAndFormAndAuthorId(long testId, TestDraftForm form, long authorId);

    void deleteByTestIdAndFormAndAuthorId(long testId, TestDraftForm form, long authorId);
}
