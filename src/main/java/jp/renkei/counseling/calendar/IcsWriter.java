package jp.renkei.counseling.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.Locale;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Writes an {@link Invitation} as an iCalendar object (RFC 5545) carrying an iTIP (RFC 5546) {@code REQUEST} or
 * {@code CANCEL}, for attaching to an e-mail with {@link #mediaType(Invitation)} and {@link #fileName(Invitation)}.
 *
 * <p>Times are written as local times in {@code TZID=Asia/Tokyo}, with a matching {@code VTIMEZONE}, so calendar
 * programs show the session in JST whatever their own settings.
 *
 * <p>Lines are folded here, not by ical4j: ical4j's {@code FoldingWriter} counts UTF-16 characters, so a line of
 * Japanese text would be folded at up to 225 octets instead of the 75 octets RFC 5545 allows.
 */
public final class IcsWriter {

    public static final String PRODUCT_ID = "-//Renkei//Genetic Counseling//JA";

    /** Time zone of all session times. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    /** Media type of a {@link Invitation.Kind#REQUEST} attachment; see {@link #mediaType(Invitation)} for both kinds. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";

    /** Media type of a {@link Invitation.Kind#CANCEL} attachment. */
    public static final String CANCEL_MEDIA_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

    static final String VIDEO_URL_LABEL = "ビデオ通話URL: ";

    private static final int MAX_LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsWriter() {
    }

    /** The iCalendar text, with {@code DTSTAMP} taken from {@code clock}. Encode it as UTF-8. */
    public static String write(Invitation invitation, Clock clock) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(invitation.kind() == Invitation.Kind.CANCEL ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(tokyoTimeZone());
        calendar.add(event(invitation, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        validate(calendar);
        // Calendar.toString() is the unfolded content, CRLF-terminated lines, values already escaped
        return fold(calendar.toString());
    }

    /** The attachment's media type, with the iTIP method that mail clients look at. */
    public static String mediaType(Invitation invitation) {
        return invitation.kind() == Invitation.Kind.CANCEL ? CANCEL_MEDIA_TYPE : MEDIA_TYPE;
    }

    /** e.g. {@code renkei-counseling-3f2a9c1e.ics} for uid {@code 3f2a9c1e-...@renkei.jp}. */
    public static String fileName(Invitation invitation) {
        String uid = invitation.uid();
        int at = uid.indexOf('@');
        String local = at > 0 ? uid.substring(0, at) : uid;
        String shortUid = local.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        if (shortUid.isEmpty()) {
            shortUid = Integer.toHexString(uid.hashCode());
        }
        return "renkei-counseling-" + shortUid.substring(0, Math.min(8, shortUid.length())) + ".ics";
    }

    private static VEvent event(Invitation invitation, Instant now) {
        VEvent event = new VEvent(invitation.start().atZone(ZONE), invitation.end().atZone(ZONE),
                oneLine(invitation.summary()));
        // the constructor stamps its own DTSTAMP; use ours so tests can pin it
        event.replace(new DtStamp(now));
        event.add(new Uid(invitation.uid()));
        event.add(new Sequence(invitation.sequence()));
        event.add(new Description(description(invitation)));
        event.add(new Location(invitation.videoUrl()));
        event.add(new Url(URI.create(invitation.videoUrl())));
        event.add(new Status(invitation.kind() == Invitation.Kind.CANCEL
                ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Organizer(mailto(invitation.organizerEmail())).add(new Cn(cn(invitation.organizerName()))));
        for (String email : invitation.attendeeEmails()) {
            event.add(new Attendee(mailto(email))
                    .add(Role.REQ_PARTICIPANT)
                    .add(PartStat.NEEDS_ACTION)
                    .add(Rsvp.TRUE));
        }
        return event;
    }

    /**
     * Asia/Tokyo has kept +09:00 without daylight saving since 1951, so one STANDARD observance describes every
     * session exactly (the same shape Google Calendar exports). ical4j's bundled definition would also do, but it
     * carries the 1888 LMT offset with seconds and the 1948-51 daylight rules, and is looked up through a cache.
     */
    private static VTimeZone tokyoTimeZone() {
        ZoneRules rules = ZONE.getRules();
        if (rules.nextTransition(Instant.EPOCH) != null) {
            throw new IllegalStateException("Asia/Tokyo has offset changes after 1970 in this JDK's tz data; "
                    + "the single-observance VTIMEZONE no longer describes it");
        }
        ZoneOffset offset = rules.getOffset(Instant.EPOCH);
        Standard standard = new Standard();
        standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
        standard.add(new TzOffsetFrom(offset));
        standard.add(new TzOffsetTo(offset));
        standard.add(new TzName("JST"));
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(ZONE.getId()));
        timeZone.add(standard);
        return timeZone;
    }

    private static String description(Invitation invitation) {
        String text = invitation.description().replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.contains(invitation.videoUrl())) {
            return text;
        }
        String link = VIDEO_URL_LABEL + invitation.videoUrl();
        return text.isEmpty() ? link : text + "\n\n" + link;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** Few mail clients decode RFC 6868 {@code ^'} escapes, so leave double quotes out of the display name. */
    private static String cn(String name) {
        return oneLine(name).replace("\"", "");
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable e-mail address: " + email, e);
        }
    }

    private static void validate(Calendar calendar) {
        ValidationResult result;
        try {
            result = calendar.validate();
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid iCalendar invitation: " + e.getMessage(), e);
        }
        if (result.hasErrors()) {
            throw new IllegalStateException("invalid iCalendar invitation: " + result);
        }
    }

    /**
     * RFC 5545 section 3.1: lines longer than 75 octets (excluding the CRLF) are split, each continuation starting
     * with a single space; multi-octet UTF-8 characters stay whole.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split(CRLF, -1)) {
            if (line.isEmpty()) {
                continue; // the split leaves an empty tail after the final CRLF
            }
            int octets = 0;
            int i = 0;
            while (i < line.length()) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append(CRLF).append(' ');
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    /** The UTF-8 bytes of {@link #write(Invitation)}, ready to attach. */
    public static byte[] bytes(Invitation invitation, Clock clock) {
        return write(invitation, clock).getBytes(StandardCharsets.UTF_8);
    }
}
