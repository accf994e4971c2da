package jp.renkei.counseling.video;

/** Creates the link of a video visit. The default is a Jitsi-style URL; another provider is one bean away. */
public interface VideoVisitProvider {

    String newVisitUrl();
}
