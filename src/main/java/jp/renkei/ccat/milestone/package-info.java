/**
 * The steps of a test, the catalogue of panel tests and the due-date planner: exposed because the module's
 * published events name a {@link jp.renkei.ccat.milestone.MilestoneStep}.
 */
@org.springframework.modulith.NamedInterface("milestone")
package jp.renkei.ccat.milestone;
