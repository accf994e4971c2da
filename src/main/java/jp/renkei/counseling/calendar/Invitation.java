package jp.renkei.counseling.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One calendar invitation (or its cancellation) for a remote genetic counseling video session, as sent to the
 * participants by e-mail. {@link IcsWriter} turns it into an RFC 5545 / RFC 5546 (iTIP) {@code .ics} attachment.
 *
 * <p>Calendar programs match updates to the event they already hold by {@code uid}, and apply them only when
 * {@code sequence} has grown. So a booking keeps one {@code uid} for its whole life; the first invitation has
 * sequence 0 and every reschedule or cancellation goes out with a higher one (see {@link #rescheduled} and
 * {@link #cancelled}).
 *
 * <p>Summary and description end up in the participants' mail and calendars: keep patient-identifying and
 * clinical details out of them.
 *
 * @param uid            stable identifier of the booking, e.g. {@code <uuid>@renkei.jp}
 * @param sequence       revision of the booking, 0 for the first invitation
 * @param start          session start
 * @param end            session end, after {@code start}
 * @param summary        event title
 * @param description    free text for the event body; the video URL is appended by the writer if not already in it
 * @param videoUrl       absolute http(s) URL of the video room
 * @param organizerName  display name of the organizer (the counselor or the coordinating staff member)
 * @param organizerEmail organizer e-mail address
 * @param attendeeEmails e-mail addresses of the invited participants (at least one)
 * @param kind           whether this invites (or re-invites) or cancels
 */
public record Invitation(
        String uid,
        int sequence,
        Instant start,
        Instant end,
        String summary,
        String description,
        String videoUrl,
        String organizerName,
        String organizerEmail,
        List<String> attendeeEmails,
        Kind kind) {

    /** The iTIP method of the invitation. */
    public enum Kind {
        /** New or changed session: {@code METHOD:REQUEST}, {@code STATUS:CONFIRMED}. */
        REQUEST,
        /** Session called off: {@code METHOD:CANCEL}, {@code STATUS:CANCELLED}. */
        CANCEL
    }

    public Invitation {
        requireText(uid, "uid");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start: " + start + " .. " + end);
        }
        requireText(summary, "summary");
        description = description == null ? "" : description;
        requireHttpUrl(videoUrl);
        requireText(organizerName, "organizerName");
        requireEmail(organizerEmail, "organizerEmail");
        Objects.requireNonNull(attendeeEmails, "attendeeEmails");
        if (attendeeEmails.isEmpty()) {
            throw new IllegalArgumentException("an invitation needs at least one attendee");
        }
        attendeeEmails = List.copyOf(attendeeEmails);
        attendeeEmails.forEach(email -> requireEmail(email, "attendeeEmails"));
        Objects.requireNonNull(kind, "kind");
    }

    /** The same booking moved to a new time: same uid, next sequence, sent as a request. */
    public Invitation rescheduled(Instant newStart, Instant newEnd) {
        return new Invitation(uid, sequence + 1, newStart, newEnd, summary, description, videoUrl, organizerName,
                organizerEmail, attendeeEmails, Kind.REQUEST);
    }

    /** The cancellation of this booking: same uid and times, next sequence. */
    public Invitation cancelled() {
        return new Invitation(uid, sequence + 1, start, end, summary, description, videoUrl, organizerName,
                organizerEmail, attendeeEmails, Kind.CANCEL);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requireEmail(String email, String name) {
        requireText(email, name);
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1
                || email.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == 0x7f)) {
            throw new IllegalArgumentException(name + " is not a plain e-mail address: " + email);
        }
    }

    private static void requireHttpUrl(String url) {
        requireText(url, "videoUrl");
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (!("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) || uri.getHost() == null) {
                throw new IllegalArgumentException("videoUrl must be an absolute http(s) URL: " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("videoUrl is not a valid URL: " + url, e);
        }
    }
}
