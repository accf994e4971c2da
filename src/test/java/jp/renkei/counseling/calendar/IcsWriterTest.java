package jp.renkei.counseling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;

class IcsWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-20T03:15:42Z");
    private static final Clock CLOCK = Clock.fixed(NOW.plusMillis(789), ZoneOffset.UTC);
    private static final String UID = "3f2a9c1e-5b7d-4e21-9a0c-7d1e2f3a4b5c@renkei.jp";
    private static final String VIDEO_URL = "https://video.renkei.jp/room/3f2a9c1e?token=abc&lang=ja";
    private static final String SUMMARY = "遺伝カウンセリング（オンライン）— 東京大学病院 × 大阪医療センター";

    /** 2026-12-01 10:00-11:00 JST = 01:00-02:00Z. */
    private static Invitation first() {
        return new Invitation(UID, 0, Instant.parse("2026-12-01T01:00:00Z"), Instant.parse("2026-12-01T02:00:00Z"),
                SUMMARY,
                "認定遺伝カウンセラーとのビデオ面談です。開始5分前に下記のURLから入室してください。\n"
                        + "ご不明な点は、紹介元の医療機関までお問い合わせください; よろしくお願いいたします。",
                VIDEO_URL, "山田 花子（認定遺伝カウンセラー）", "hanako.yamada@todai-hp.example.jp",
                List.of("dr.suzuki@osaka-mc.example.jp", "coordinator@osaka-mc.example.jp"),
                Invitation.Kind.REQUEST);
    }

    @Test
    void requestCarriesTheSessionInJapanTime() throws Exception {
        String ics = IcsWriter.write(first(), CLOCK);
        Calendar calendar = parse(ics);

        assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Renkei//Genetic Counseling//JA");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(calendar.getComponents("VEVENT")).hasSize(1);

        VEvent event = event(calendar);
        assertThat(value(event, Property.UID)).isEqualTo(UID);
        assertThat(event.<Sequence>getRequiredProperty(Property.SEQUENCE).getSequenceNo()).isZero();
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(event.<DtStamp>getRequiredProperty(Property.DTSTAMP).getDate()).isEqualTo(NOW);

        assertJapanTime(event, Property.DTSTART, LocalDateTime.parse("2026-12-01T10:00"),
                Instant.parse("2026-12-01T01:00:00Z"));
        assertJapanTime(event, Property.DTEND, LocalDateTime.parse("2026-12-01T11:00"),
                Instant.parse("2026-12-01T02:00:00Z"));
        assertThat(ics).contains("DTSTART;TZID=Asia/Tokyo:20261201T100000\r\n")
                .contains("DTEND;TZID=Asia/Tokyo:20261201T110000\r\n");

        List<VTimeZone> timeZones = calendar.getComponents("VTIMEZONE");
        assertThat(timeZones).hasSize(1);
        assertThat(value(timeZones.getFirst(), Property.TZID)).isEqualTo("Asia/Tokyo");
        assertThat(timeZones.getFirst().getObservances()).singleElement().satisfies(observance -> {
            assertThat(value(observance, Property.TZOFFSETTO)).isEqualTo("+0900");
            assertThat(value(observance, Property.TZNAME)).isEqualTo("JST");
        });
        assertThat(ics.indexOf("BEGIN:VTIMEZONE")).isLessThan(ics.indexOf("BEGIN:VEVENT"));

        assertThat(value(event, Property.SUMMARY)).isEqualTo(SUMMARY);
        assertThat(value(event, Property.DESCRIPTION))
                .startsWith("認定遺伝カウンセラーとのビデオ面談です。")
                .contains("\nご不明な点は、紹介元の医療機関までお問い合わせください; よろしくお願いいたします。")
                .endsWith("\n\nビデオ通話URL: " + VIDEO_URL);
        assertThat(value(event, Property.LOCATION)).isEqualTo(VIDEO_URL);
        assertThat(value(event, Property.URL)).isEqualTo(VIDEO_URL);

        Organizer organizer = event.getRequiredProperty(Property.ORGANIZER);
        assertThat(organizer.getCalAddress()).hasToString("mailto:hanako.yamada@todai-hp.example.jp");
        assertThat(param(organizer, Parameter.CN)).isEqualTo("山田 花子（認定遺伝カウンセラー）");

        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(attendee -> attendee.getCalAddress().toString())
                .containsExactly("mailto:dr.suzuki@osaka-mc.example.jp", "mailto:coordinator@osaka-mc.example.jp");
        assertThat(attendees).allSatisfy(attendee -> {
            assertThat(param(attendee, Parameter.ROLE)).isEqualTo("REQ-PARTICIPANT");
            assertThat(param(attendee, Parameter.PARTSTAT)).isEqualTo("NEEDS-ACTION");
            assertThat(param(attendee, Parameter.RSVP)).isEqualTo("TRUE");
        });
    }

    @Test
    void rescheduleKeepsTheUidAndRaisesTheSequence() throws Exception {
        Invitation moved = first().rescheduled(Instant.parse("2026-12-03T05:00:00Z"),
                Instant.parse("2026-12-03T06:30:00Z"));
        assertThat(moved.kind()).isEqualTo(Invitation.Kind.REQUEST);

        Calendar calendar = parse(IcsWriter.write(moved, CLOCK));
        VEvent event = event(calendar);
        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(event, Property.UID)).isEqualTo(UID);
        assertThat(event.<Sequence>getRequiredProperty(Property.SEQUENCE).getSequenceNo()).isEqualTo(1);
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertJapanTime(event, Property.DTSTART, LocalDateTime.parse("2026-12-03T14:00"),
                Instant.parse("2026-12-03T05:00:00Z"));
        assertJapanTime(event, Property.DTEND, LocalDateTime.parse("2026-12-03T15:30"),
                Instant.parse("2026-12-03T06:30:00Z"));

        Invitation movedAgain = moved.rescheduled(Instant.parse("2026-12-04T05:00:00Z"),
                Instant.parse("2026-12-04T06:00:00Z"));
        assertThat(event(parse(IcsWriter.write(movedAgain, CLOCK))).<Sequence>getRequiredProperty(Property.SEQUENCE)
                .getSequenceNo()).isEqualTo(2);
    }

    @Test
    void cancelKeepsTheUidRaisesTheSequenceAndMarksTheEventCancelled() throws Exception {
        Invitation moved = first().rescheduled(Instant.parse("2026-12-03T05:00:00Z"),
                Instant.parse("2026-12-03T06:00:00Z"));
        Invitation cancelled = moved.cancelled();
        assertThat(cancelled.kind()).isEqualTo(Invitation.Kind.CANCEL);

        String ics = IcsWriter.write(cancelled, CLOCK);
        Calendar calendar = parse(ics);
        VEvent event = event(calendar);
        assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.UID)).isEqualTo(UID);
        assertThat(event.<Sequence>getRequiredProperty(Property.SEQUENCE).getSequenceNo()).isEqualTo(2);
        assertJapanTime(event, Property.DTSTART, LocalDateTime.parse("2026-12-03T14:00"),
                Instant.parse("2026-12-03T05:00:00Z"));
        assertThat(event.getProperties(Property.ATTENDEE)).hasSize(2);
        assertThat(event.getProperty(Property.ORGANIZER)).isPresent();
        assertThat(IcsWriter.mediaType(cancelled)).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
    }

    @Test
    void sessionAcrossMidnightUtcKeepsItsJapanDate() throws Exception {
        // 08:30-09:30 JST on 2 December is 23:30 on 1 December to 00:30 on 2 December in UTC
        Invitation early = first().rescheduled(Instant.parse("2026-12-01T23:30:00Z"),
                Instant.parse("2026-12-02T00:30:00Z"));

        String ics = IcsWriter.write(early, CLOCK);
        VEvent event = event(parse(ics));
        assertJapanTime(event, Property.DTSTART, LocalDateTime.parse("2026-12-02T08:30"),
                Instant.parse("2026-12-01T23:30:00Z"));
        assertJapanTime(event, Property.DTEND, LocalDateTime.parse("2026-12-02T09:30"),
                Instant.parse("2026-12-02T00:30:00Z"));
        assertThat(ics).contains("DTSTART;TZID=Asia/Tokyo:20261202T083000\r\n")
                .contains("DTEND;TZID=Asia/Tokyo:20261202T093000\r\n");
    }

    @Test
    void linesEndInCrlfAndAreFoldedAtSeventyFiveOctets() throws Exception {
        String longJapanese = "遺伝性腫瘍（遺伝性乳がん卵巣がん症候群など）に関する遺伝学的検査の結果説明と、"
                + "ご家族への情報共有について相談します。𠮷野家のような補助平面の文字も壊れないこと。".repeat(3);
        Invitation invitation = new Invitation(UID, 0, first().start(), first().end(), SUMMARY.repeat(3),
                longJapanese, VIDEO_URL + "&padding=" + "x".repeat(120), first().organizerName(),
                first().organizerEmail(), first().attendeeEmails(), Invitation.Kind.REQUEST);

        String ics = IcsWriter.write(invitation, CLOCK);
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(ics).contains("\r\n "); // something really was folded

        // unfolded and decoded from bytes, the Japanese text and the long URL come back intact
        VEvent event = event(new CalendarBuilder().build(new ByteArrayInputStream(bytes)));
        assertThat(value(event, Property.SUMMARY)).isEqualTo(SUMMARY.repeat(3));
        assertThat(value(event, Property.DESCRIPTION)).startsWith(longJapanese.strip())
                .endsWith(invitation.videoUrl());
        assertThat(value(event, Property.URL)).isEqualTo(invitation.videoUrl());
    }

    @Test
    void foldingNeverSplitsAMultiOctetCharacter() {
        // 73 ASCII octets leave room for neither a 3-octet nor a 4-octet character on the first line
        String line = "X".repeat(73) + "あ𠮷" + "い".repeat(30);
        String folded = IcsWriter.fold(line + "\r\n");

        assertThat(folded).startsWith("X".repeat(73) + "\r\n あ𠮷");
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
        assertThat(folded.split("\r\n")).allSatisfy(part ->
                assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(IcsWriter.fold("A".repeat(75) + "\r\n")).isEqualTo("A".repeat(75) + "\r\n");
        assertThat(IcsWriter.fold("A".repeat(76) + "\r\n")).isEqualTo("A".repeat(75) + "\r\n A\r\n");
    }

    @Test
    void descriptionMentioningTheUrlIsNotRepeated() throws Exception {
        Invitation invitation = new Invitation(UID, 0, first().start(), first().end(), SUMMARY,
                "入室URL: " + VIDEO_URL, VIDEO_URL, first().organizerName(), first().organizerEmail(),
                first().attendeeEmails(), Invitation.Kind.REQUEST);
        assertThat(value(event(parse(IcsWriter.write(invitation, CLOCK))), Property.DESCRIPTION))
                .isEqualTo("入室URL: " + VIDEO_URL);

        Invitation withoutText = new Invitation(UID, 0, first().start(), first().end(), SUMMARY, null, VIDEO_URL,
                first().organizerName(), first().organizerEmail(), first().attendeeEmails(), Invitation.Kind.REQUEST);
        assertThat(value(event(parse(IcsWriter.write(withoutText, CLOCK))), Property.DESCRIPTION))
                .isEqualTo("ビデオ通話URL: " + VIDEO_URL);
    }

    @Test
    void attachmentNameAndMediaType() {
        assertThat(IcsWriter.fileName(first())).isEqualTo("renkei-counseling-3f2a9c1e.ics");
        assertThat(IcsWriter.mediaType(first())).isEqualTo(IcsWriter.MEDIA_TYPE)
                .isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
        assertThat(IcsWriter.bytes(first(), CLOCK)).startsWith("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void invitationRejectsWhatCannotBeSent() {
        Invitation valid = first();
        assertThatThrownBy(() -> new Invitation(UID, 0, valid.end(), valid.start(), SUMMARY, "", VIDEO_URL,
                valid.organizerName(), valid.organizerEmail(), valid.attendeeEmails(), Invitation.Kind.REQUEST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Invitation(UID, 0, valid.start(), valid.end(), SUMMARY, "", VIDEO_URL,
                valid.organizerName(), valid.organizerEmail(), List.of(), Invitation.Kind.REQUEST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Invitation(UID, -1, valid.start(), valid.end(), SUMMARY, "", VIDEO_URL,
                valid.organizerName(), valid.organizerEmail(), valid.attendeeEmails(), Invitation.Kind.REQUEST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Invitation(UID, 0, valid.start(), valid.end(), SUMMARY, "", "javascript:alert(1)",
                valid.organizerName(), valid.organizerEmail(), valid.attendeeEmails(), Invitation.Kind.REQUEST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Invitation(UID, 0, valid.start(), valid.end(), SUMMARY, "", VIDEO_URL,
                valid.organizerName(), "not an address", valid.attendeeEmails(), Invitation.Kind.REQUEST))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // -------------------------------------------------------------------------------------------------------------

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getRequiredProperty(property).getValue();
    }

    private static String value(net.fortuna.ical4j.model.Component component, String property) {
        return component.getRequiredProperty(property).getValue();
    }

    private static String param(Property property, String parameter) {
        return property.getRequiredParameter(parameter).getValue();
    }

    /**
     * ical4j 4 resolves TZID against the VTIMEZONE in the file and hands back a ZonedDateTime in a generated zone
     * ("ical4j-local-N"), not ZoneId Asia/Tokyo: compare the TZID parameter, the wall time and the instant.
     */
    private static void assertJapanTime(VEvent event, String property, LocalDateTime jst, Instant instant) {
        DateProperty<?> date = event.getRequiredProperty(property);
        assertThat(param(date, Parameter.TZID)).isEqualTo("Asia/Tokyo");
        assertThat(date.getDate()).isInstanceOfSatisfying(ZonedDateTime.class, zoned -> {
            assertThat(zoned.toLocalDateTime()).isEqualTo(jst);
            assertThat(zoned.toInstant()).isEqualTo(instant);
        });
    }
}
