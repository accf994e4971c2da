/**
 * The workflow kernel: who acts (Actor), the one refusal type, the shared history line.
 */
@org.springframework.modulith.NamedInterface("workflow")
package jp.renkei.shared.workflow;
