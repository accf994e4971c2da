package jp.renkei.expertpanel;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;

/**
 * One variant–drug pair of a partnership's agreed list (origin: the liaison hospital, partner: the panel's
 * hospital), in list version {@code listVersion} effective from {@code effectiveFrom}. Read-only here: the rows
 * are entered by the two hospitals' agreement (seeded for now).
 */
@Entity
@Table(name = "panel_agreed_pair")
class AgreedPair extends SharedByTwoHospitalsEntity {

    @Id
    private Long id;

    @Column(name = "list_version")
    private int listVersion;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    private String gene;
    private String alteration;
    private String drug;

    protected AgreedPair() {
    }

    int listVersion() {
        return listVersion;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    jp.renkei.expertpanel.review.AgreedPairList.Pair pair() {
        return new jp.renkei.expertpanel.review.AgreedPairList.Pair(gene, alteration, drug);
    }
}
