/**
 * People and what they may do: user accounts, memberships (user × hospital × role), login, the security
 * configuration and {@link jp.renkei.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared :: demo", "shared :: audit", "shared :: tenant", "shared :: ui",
        "shared :: workflow", "shared :: text", "shared :: i18n" })
package jp.renkei.identity;
