/**
 * Whether a referral meets the rules for a gene-panel (CGP) test on a given day. The rules are data in
 * {@code referral/eligibility-rules.json}, each with an effective period and a cited source; the classes here are
 * the few kinds of rule that data can use. The policy warns and explains, it never blocks.
 */
package jp.renkei.referral.eligibility;
