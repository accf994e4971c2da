package jp.renkei.ccat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.renkei.ccat.consent.ConsentHistory;

/** A test's consent decisions read back as the domain's {@link ConsentHistory}, each with its form version. */
@Component
class TestConsents {

    private final ConsentRecordRepository records;
    private final ConsentDocuments documents;

    TestConsents(ConsentRecordRepository records, ConsentDocuments documents) {
        this.records = records;
        this.documents = documents;
    }

    List<ConsentEntry> entries(GenomicTest test) {
        Map<Long, ConsentDocumentChoice> forms = documentsById();
        return records.findByTestIdOrderByRecordedAtAscIdAsc(test.id()).stream()
                .map(r -> new ConsentEntry(r.scope(), r.decision(), forms.get(r.documentId()), r.decidedOn(),
                        r.recordedByName(), r.recordedAt()))
                .toList();
    }

    ConsentHistory history(GenomicTest test) {
        Map<Long, ConsentDocumentChoice> forms = documentsById();
        return ConsentHistory.of(records.findByTestIdOrderByRecordedAtAscIdAsc(test.id()).stream()
                .map(r -> r.asEvent(forms.get(r.documentId()).document())).toList());
    }

    boolean submissionAllowedAt(GenomicTest test, Instant instant) {
        return history(test).submissionAllowedAt(instant);
    }

    List<ConsentDocumentChoice> documents() {
        return documents.all();
    }

    private Map<Long, ConsentDocumentChoice> documentsById() {
        return documents.all().stream().collect(Collectors.toMap(ConsentDocumentChoice::id, Function.identity()));
    }
}
