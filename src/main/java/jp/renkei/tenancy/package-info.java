/**
 * Hospitals (the tenants), their tiers and partnerships, {@link jp.renkei.tenancy.CurrentHospital} and the
 * network administration screens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity" })
package jp.renkei.tenancy;
