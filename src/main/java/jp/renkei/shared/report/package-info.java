/**
 * JasperReports rendering with the bundled Japanese font; templates are compiled at build time.
 */
@org.springframework.modulith.NamedInterface("report")
package jp.renkei.shared.report;
