/**
 * Hospitals (the tenants), their tiers and partnerships, {@link jp.renkei.tenancy.CurrentHospital} and the
 * network administration screens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared :: audit", "shared :: i18n", "shared :: report",
        "shared :: tenant", "shared :: ui", "shared :: snapshot",
        "identity" })
package jp.renkei.tenancy;
