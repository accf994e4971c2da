package jp.renkei.faults;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import jp.renkei.RenkeiApplication;
import jp.renkei.SignIn;
import jp.renkei.ccat.GenomicTestService;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.counseling.AvailabilityService;
import jp.renkei.counseling.BookingRequest;
import jp.renkei.counseling.BookingService;
import jp.renkei.counseling.SessionType;
import jp.renkei.counseling.SlotOffer;
import jp.renkei.referral.ClinicalDetails;
import jp.renkei.referral.PatientParticulars;
import jp.renkei.referral.ReferralContent;
import jp.renkei.referral.ReferralDetails;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.Sex;
import jp.renkei.referral.Specimen;
import jp.renkei.referral.SpecimenType;
import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.shared.HospitalId;

/**
 * The portal as a process of its own (the fault tests kill it with {@code kill -9}), writing through its
 * service layer what users write most: a referral submitted (相模野's liaison to 東都), a counseling session
 * booked, a C-CAT milestone entered (東都's coordinator, on a test opened for it). After each write returns
 * (committed) it prints {@code ACK <kind> <id> <patient> END} on stdout: that is "the user was told it
 * succeeded". A write that fails (the database is down) prints {@code FAILED <kind> …} and the stream goes on,
 * as a user would retry.
 *
 * <p>Arguments: the tag of the patient IDs (e.g. {@code KILL3}), then Spring arguments. With the tag {@code -} it
 * writes nothing: the restarted portal that only replays the events the killed one left undelivered. With
 * {@code commands} it waits for commands on stdin (see {@link #followCommands()}).
 */
public final class StreamOfWrites {

    private static final HospitalId TOTO = HospitalId.of(1);

    private final ConfigurableApplicationContext portal;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final SignIn signIn;
    private final LocalDate today;

    private StreamOfWrites(ConfigurableApplicationContext portal) {
        this.portal = portal;
        this.signIn = portal.getBean(SignIn.class);
        this.today = LocalDate.now(portal.getBean(Clock.class).withZone(ZoneId.of("Asia/Tokyo")));
    }

    public static void main(String[] args) throws InterruptedException {
        String tag = args[0];
        String[] springArguments = List.of(args).subList(1, args.length).toArray(String[]::new);
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(RenkeiApplication.class)
                .run(springArguments);
        StreamOfWrites stream = new StreamOfWrites(portal);
        stream.out.println("READY");
        if (tag.equals("commands")) {
            stream.followCommands();
        } else if (!tag.equals("-")) {
            stream.writeUntilKilled(tag);
        }
    }

    /**
     * One command a line on stdin: {@code BOOK n} books the first free pre-test slot for patient GALERA-n and
     * answers {@code BOOKED <id> <start> END}, {@code TAKEN <start> END} (the "just taken" refusal),
     * {@code CONFLICT <start> END} (refused as conflicting twice in a row, "try again") or
     * {@code ERROR <start> <exception> END}; {@code STREAM <tag>} starts the stream of writes.
     */
    private void followCommands() throws InterruptedException {
        java.util.Scanner commands = new java.util.Scanner(System.in, StandardCharsets.UTF_8);
        while (commands.hasNextLine()) {
            String[] command = commands.nextLine().split(" ");
            if (command[0].equals("STREAM")) {
                writeUntilKilled(command[1]);
            } else if (command[0].equals("BOOK")) {
                out.print(bookFirstFreeSlot("GALERA-" + command[1]) + " END\n");
            }
        }
    }

    private String bookFirstFreeSlot(String patient) {
        signIn.as("liaison");
        SlotOffer offer = portal.getBean(AvailabilityService.class).freeSlots(SessionType.PRE_TEST, null).getFirst();
        try {
            long id = portal.getBean(BookingService.class).book(new BookingRequest(offer.counselor().id(),
                    SessionType.PRE_TEST, offer.slot().start(), null, patient, "障害 試験")).id();
            return "BOOKED " + id + " " + offer.slot().start();
        } catch (jp.renkei.counseling.SlotTaken taken) {
            return "TAKEN " + offer.slot().start();
        } catch (jp.renkei.shared.workflow.WriteConflict conflict) {
            return "CONFLICT " + offer.slot().start();
        } catch (RuntimeException e) {
            return "ERROR " + offer.slot().start() + " " + e.getClass().getName();
        } finally {
            signIn.out();
        }
    }

    private void writeUntilKilled(String tag) throws InterruptedException {
        for (int write = 1; portal.isActive(); write++) {
            String patient = tag + "-" + write;
            String kind = switch (write % 3) {
                case 1 -> "referral";
                case 2 -> "booking";
                default -> "milestone";
            };
            try {
                long id = switch (kind) {
                    case "referral" -> submitReferral(patient);
                    case "booking" -> book(patient);
                    default -> enterMilestone(patient);
                };
                // one write of the whole line: a line cut by the kill lacks its END and is no acknowledgement
                out.print("ACK " + kind + " " + id + " " + patient + " END\n");
            } catch (RuntimeException e) {
                // what the user's screen would have been told is decided by the exception: name it and its cause
                out.println("FAILED " + kind + " " + patient + " " + e.getClass().getName() + " "
                        + org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e).getClass().getName());
                Thread.sleep(200);
            } finally {
                signIn.out();
            }
            // Faster than any user, yet slow enough that 20 trials do not use up the demo counselors' free slots
            Thread.sleep(150);
        }
    }

    private long submitReferral(String patient) {
        signIn.as("liaison");
        ReferralService referrals = portal.getBean(ReferralService.class);
        ReferralContent content = new ReferralContent(
                new PatientParticulars(patient, "障害 試験", "ショウガイ シケン", LocalDate.of(1970, 2, 3), Sex.FEMALE),
                new ClinicalDetails("PAAD", "IV", 1, StandardTreatmentStatus.ENDED, 1, "障害試験：送信が失われないこと。"),
                new Specimen(SpecimenType.FFPE_TISSUE, LocalDate.of(2026, 6, 1), "10%中性緩衝ホルマリン", 40, true),
                List.of(), Set.of(RequestedService.CGP_TEST));
        ReferralDetails draft = referrals.saveDraft(null, null, TOTO, content);
        return referrals.submit(draft.id(), draft.version(), null).id().value();
    }

    private long book(String patient) {
        signIn.as("liaison");
        SlotOffer offer = portal.getBean(AvailabilityService.class).freeSlots(SessionType.PRE_TEST, null).getFirst();
        return portal.getBean(BookingService.class).book(new BookingRequest(offer.counselor().id(),
                SessionType.PRE_TEST, offer.slot().start(), null, patient, "障害 試験")).id();
    }

    private long enterMilestone(String patient) {
        signIn.as("coordinator");
        GenomicTestService tests = portal.getBean(GenomicTestService.class);
        long test = tests.openForOwnPatient(patient, "障害 試験", tests.catalogue().getFirst().id(), today);
        tests.recordMilestone(test, MilestoneStep.CONSENT, 0, today);
        return test;
    }
}
