/**
 * Technical plumbing no business module depends on: the embedded database for the zero-setup run command and
 * the tests, and the lock that lets a scheduled job run once across application nodes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package jp.renkei.infrastructure;
