package jp.renkei.referral.eligibility;

import java.util.Set;

import jp.renkei.referral.SpecimenType;

/** The specimen types a specimen rule checks; the others (a blood sample for a tissue rule) skip it. */
record SpecimenTypes(Set<SpecimenType> checked) {

    static SpecimenTypes of(RuleDefinition definition) {
        return new SpecimenTypes(definition.enumSetParameter("specimenTypes", SpecimenType.class));
    }

    boolean skip(EligibilityInput input) {
        // an unknown type is checked: most tests need a tissue block, and the not-entered notes prompt for it
        return input.specimenType() != null && !checked.contains(input.specimenType());
    }
}
