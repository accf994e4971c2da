/**
 * Tenant isolation: hospital-owned and shared base entities, the persistence filter, audited explicit scopes.
 */
@org.springframework.modulith.NamedInterface("tenant")
package jp.renkei.shared.tenant;
