/**
 * The frame around every screen: main layout, home page, error pages, language and hospital switches.
 * Knows only identity and tenancy; feature figures arrive through {@link jp.renkei.shared.ui.HomeFigureContributor}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared :: audit", "shared :: i18n", "shared :: live", "shared :: ui", "shared :: workflow",
        "identity",
        "tenancy" })
package jp.renkei.shell;
