/**
 * Per-node copies of small, often-read network tables ({@link jp.renkei.shared.snapshot.TableSnapshot}), kept
 * correct across nodes by asking the database whether the tables changed instead of telling the other nodes.
 */
@org.springframework.modulith.NamedInterface("snapshot")
package jp.renkei.shared.snapshot;
