package jp.renkei.faults;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.faults.PortalProcess.Acknowledged;

/**
 * What the database (and the mail server) hold after a fault, for the writes of patients tagged {@code prefix}:
 * the acknowledged writes found, rows written in part, and how often each triggering event was notified.
 */
record WritesFound(int acknowledged, int found, int halfWritten, int triggeringEvents, int noticedOnce,
        int mailedOnce, int undelivered) {

    private static final String REFERRAL_NOTICE = "notice.referral.SUBMITTED";
    private static final String BOOKING_NOTICE = "notice.counseling.BOOKED";

    static WritesFound in(JdbcTemplate jdbc, MimeMessage[] mails, String prefix, List<Acknowledged> acknowledged) {
        int found = 0;
        for (Acknowledged write : acknowledged) {
            found += jdbc.queryForObject(switch (write.kind()) {
                case "referral" -> "select count(*) from referral r join patient p on p.id = r.patient_id"
                        + " where r.id = ? and p.hospital_patient_id = ? and r.status <> 'DRAFT'";
                case "booking" -> "select count(*) from counseling_booking where id = ? and patient_hospital_pid = ?"
                        + " and status = 'BOOKED'";
                default -> "select count(*) from ccat_test t join ccat_milestone m on m.test_id = t.id"
                        + " where t.id = ? and t.own_patient_id = ? and m.step = 'CONSENT'"
                        + " and m.reached_on is not null";
            }, Integer.class, write.id(), write.patient());
        }
        String like = prefix + "-%";
        // Written in one transaction each: a referral's patient without the referral, a submitted referral
        // without its timeline step, a test without its planned milestones
        int halfWritten = jdbc.queryForObject("select (select count(*) from patient p where p.hospital_patient_id"
                + " like ? and not exists (select 1 from referral r where r.patient_id = p.id))"
                + " + (select count(*) from referral r join patient p on p.id = r.patient_id"
                + " where p.hospital_patient_id like ? and r.status <> 'DRAFT'"
                + " and not exists (select 1 from referral_timeline t"
                + " where t.referral_id = r.id and t.action = 'SUBMITTED'))"
                + " + (select count(*) from ccat_test t where t.own_patient_id like ?"
                + " and not exists (select 1 from ccat_milestone m where m.test_id = t.id))",
                Integer.class, like, like, like);
        // Every committed trigger counts, acknowledged or not: a submission or booking in flight at the kill
        // that committed must be notified exactly once too
        List<String> links = jdbc.queryForList("select concat('referrals/', r.id) from referral r join patient p"
                + " on p.id = r.patient_id where p.hospital_patient_id like ? and r.status <> 'DRAFT'",
                String.class, like);
        List<String> bookingLinks = jdbc.queryForList("select concat('counseling/bookings/', id) from"
                + " counseling_booking where patient_hospital_pid like ?", String.class, like);
        Map<String, Long> mailsPerLink = mailsPerLink(mails);
        int noticedOnce = 0;
        int mailedOnce = 0;
        for (String link : links) {
            noticedOnce += notices(jdbc, REFERRAL_NOTICE, link) == 1 ? 1 : 0;
            mailedOnce += mailsPerLink.getOrDefault(link, 0L) == 1 ? 1 : 0;
        }
        for (String link : bookingLinks) {
            noticedOnce += notices(jdbc, BOOKING_NOTICE, link) == 1 ? 1 : 0;
            mailedOnce += mailsPerLink.getOrDefault(link, 0L) == 1 ? 1 : 0;
        }
        int undelivered = jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null",
                Integer.class);
        return new WritesFound(acknowledged.size(), found, halfWritten, links.size() + bookingLinks.size(),
                noticedOnce, mailedOnce, undelivered);
    }

    /**
     * The result once the portal has delivered everything: no publication left and every trigger mailed (or,
     * with a duplicate or a loss, after two minutes of waiting).
     */
    static WritesFound settled(JdbcTemplate jdbc, Supplier<MimeMessage[]> mails, String prefix,
            List<Acknowledged> acknowledged) throws InterruptedException {
        return settled(jdbc, mails, prefix, acknowledged, java.time.Duration.ofMinutes(2));
    }

    /** As above, waiting at most {@code patience}. */
    static WritesFound settled(JdbcTemplate jdbc, Supplier<MimeMessage[]> mails, String prefix,
            List<Acknowledged> acknowledged, java.time.Duration patience) throws InterruptedException {
        WritesFound result = in(jdbc, mails.get(), prefix, acknowledged);
        for (int wait = 0; wait < patience.toSeconds()
                && (result.undelivered() > 0 || result.mailedOnce() < result.triggeringEvents()); wait++) {
            Thread.sleep(1000);
            result = in(jdbc, mails.get(), prefix, acknowledged);
        }
        return result;
    }

    private static int notices(JdbcTemplate jdbc, String key, String link) {
        return jdbc.queryForObject("select count(*) from notification where message_key = ? and link = ?",
                Integer.class, key, link);
    }

    /**
     * The notice emails sent per link (the one in their text). One email goes to all recipients in Bcc and the
     * mail server keeps a copy per mailbox: the copies share the Message-ID, so sends are counted by it.
     */
    private static Map<String, Long> mailsPerLink(MimeMessage[] mails) {
        return java.util.Arrays.stream(mails).filter(WritesFound::isNotice)
                .collect(Collectors.groupingBy(WritesFound::link,
                        Collectors.mapping(WritesFound::messageId, Collectors.toSet())))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, sent -> (long) sent.getValue().size()));
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Notices are plain text; invitations (same subject prefix) carry an .ics and no link line. */
    private static boolean isNotice(MimeMessage mail) {
        try {
            return mail.getSubject().startsWith("[Renkei] ") && mail.isMimeType("text/plain");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(MimeMessage mail) {
        try {
            String firstLink = mail.getContent().toString().lines()
                    .filter(line -> line.startsWith("http")).findFirst().orElse("");
            return firstLink.strip().replaceFirst("^https?://[^/]+/", "");
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "%d acknowledged, %d found, %d half written; %d triggering events: %d noticed in-app exactly once,"
                .formatted(acknowledged, found, halfWritten, triggeringEvents, noticedOnce)
                + " %d mailed exactly once; %d event publications undelivered".formatted(mailedOnce, undelivered);
    }
}
