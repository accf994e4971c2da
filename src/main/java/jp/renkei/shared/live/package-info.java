/**
 * Live updates: the {@link jp.renkei.shared.live.LiveChange} a service publishes, the topic names, and the
 * {@link jp.renkei.shared.live.LiveUpdates} a screen subscribes through (implemented by the notification module).
 */
@org.springframework.modulith.NamedInterface("live")
package jp.renkei.shared.live;
