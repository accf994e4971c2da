package jp.renkei.shared.tenant;

import jp.renkei.shared.HospitalId;

/** A row that belongs to one hospital, or is shared by exactly two. */
public interface HospitalScoped {

    boolean isVisibleTo(HospitalId hospital);
}
