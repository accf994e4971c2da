/**
 * Start-up work of the {@code demo} profile (demo data, the demo second factor), decided at run time.
 */
@org.springframework.modulith.NamedInterface("demo")
package jp.renkei.shared.demo;
