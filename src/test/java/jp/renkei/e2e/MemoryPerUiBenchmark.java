package jp.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import jp.renkei.bench.BenchmarkReport;

/**
 * Run by {@code -Pbench verify} (failsafe, it needs the packaged jar and Chromium), never by the default build:
 * for each main view, {@code -Dui.count} (default 20) browser tabs of one signed-in person open on it, and the
 * portal's live heap after full GCs (live class histograms of the portal process by {@code jcmd}, repeated until it
 * stops shrinking) before and with
 * them open; the difference divided by the tabs is the heap one UI keeps. Tabs of one sign-in share one HTTP session,
 * so these are per UI: a session's own few KB (security context, CSRF token) are not in them. Each view's
 * histogram difference shows where its bytes go. {@link MemoryPerUiSmokeE2E} runs it with one tab a view in the
 * default build.
 */
class MemoryPerUiBenchmark extends PortalBrowserTest {

    /**
     * {@code -Dui.views=referral list,counseling} measures only views whose names contain one of these (and the
     * yardsticks: home and the bare reference).
     */
    private static final List<String> ONLY = List.of(System.getProperty("ui.views", "").split(",")).stream()
            .map(String::strip).filter(name -> !name.isEmpty()).toList();
    /**
     * {@code -Dui.heapDumps=/some/dir} also writes a heap dump of the portal (live objects) before and with each
     * view's tabs, {@code <view>-before.hprof} and {@code <view>-with.hprof}: a class histogram says which classes
     * grew, a dump says who holds them.
     */
    private static final String HEAP_DUMPS = System.getProperty("ui.heapDumps", "");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    private final int uis;
    /** At most this many more histograms while the live heap still shrinks ({@link #settled}). */
    private final int settleRounds;
    /** How long what the warm-up tabs left behind is given to go before the first measurement. */
    private final long warmUpPauseMillis;

    /** What the tabs sent over their push WebSockets: PushSocketBuffers limits it. */
    private final AtomicInteger longestSent = new AtomicInteger();
    private final AtomicInteger messagesSent = new AtomicInteger();
    private final AtomicInteger socketsOpened = new AtomicInteger();

    MemoryPerUiBenchmark() {
        this(Integer.getInteger("ui.count", 20), 5, 15_000);
    }

    MemoryPerUiBenchmark(int uis, int settleRounds, long warmUpPauseMillis) {
        this.uis = uis;
        this.settleRounds = settleRounds;
        this.warmUpPauseMillis = warmUpPauseMillis;
    }

    private record View(String name, String user, String path, String readySelector) {
    }

    private record Histogram(long bytes, Map<String, Long> byClass) {
    }

    @Test
    void liveHeapPerUiOnEachMainView() throws Exception {
        long portal = portalProcess();
        Page coordinator = signIn("coordinator");
        String referral = firstRowOpens(coordinator, "/referrals", "#referral-list", "/referrals/");
        String panelCase = firstRowOpens(coordinator, "/panels/cases", "#panel-cases", "/panels/cases/");
        Page counselor = signIn("counselor");
        List<View> views = List.of(
                new View("bare reference (change password, no layout)", "coordinator", "/password", "vaadin-button"),
                new View("home", "coordinator", "/", "#active-hospital"),
                new View("referral list", "coordinator", "/referrals", "#referral-list vaadin-grid-cell-content"),
                new View("referral detail", "coordinator", referral, "#referral-status"),
                new View("counseling booking", "coordinator", "/counseling", "#active-hospital"),
                new View("counselor week (availability)", "counselor", "/counseling/availability",
                        "#active-hospital"),
                new View("panel case", "coordinator", panelCase, "h2"),
                new View("C-CAT worklist", "coordinator", "/ccat", "#active-hospital")).stream()
                .filter(view -> ONLY.isEmpty() || view.name().equals("home") || view.name().startsWith("bare")
                        || ONLY.stream().anyMatch(view.name()::contains))
                .toList();
        Map<String, BrowserContext> signedIn = Map.of("coordinator", coordinator.context(), "counselor",
                counselor.context());

        // one tab of each view first: what the portal builds once (caches, the first page's resources) would
        // otherwise be counted against the first view measured
        for (View view : views) {
            Page tab = open(signedIn.get(view.user()), view);
            tab.close(new Page.CloseOptions().setRunBeforeUnload(true));
        }
        // what the warm-up leaves for a while (its UIs until their unload beacons are handled, caches filling) was
        // counted against the first view measured, the bare reference: -12 KB per UI in one run. Let it settle.
        Thread.sleep(warmUpPauseMillis);
        histogram(portal);
        Map<String, Long> perUi = new LinkedHashMap<>();
        Map<String, String> heaps = new HashMap<>();
        Map<String, Map<String, Long>> differences = new HashMap<>();
        Map<String, Map<String, Long>> unsettled = new HashMap<>();
        for (View view : views) {
            Histogram before = settled(portal, histogram(portal));
            heapDump(portal, view, "before");
            List<Page> tabs = new ArrayList<>();
            for (int i = 0; i < uis; i++) {
                tabs.add(open(signedIn.get(view.user()), view));
            }
            Histogram first = histogram(portal);
            Histogram with = settled(portal, first);
            heapDump(portal, view, "with");
            unsettled.put(view.name(), difference(with, first));
            perUi.put(view.name(), (with.bytes() - before.bytes()) / uis);
            System.out.printf("%s: %,d bytes per UI%n", view.name(), perUi.get(view.name()));
            heaps.put(view.name(), "%,d KB → %,d KB".formatted(before.bytes() / 1024, with.bytes() / 1024));
            differences.put(view.name(), difference(before, with));
            for (Page tab : tabs) {
                tab.close(new Page.CloseOptions().setRunBeforeUnload(true)); // the unload beacon ends the UI
            }
        }
        BenchmarkReport report = new BenchmarkReport("memory-per-ui", ("Live heap per UI, %d tabs a view, portal "
                + "-Xmx768m (packaged jar, demo network)").formatted(uis), "view", "KB per UI", "× home",
                "live heap before → with the tabs");
        double home = perUi.get("home");
        perUi.forEach((view, bytes) -> report.row(view, "%,d".formatted(bytes / 1024), "%.1f".formatted(bytes / home),
                heaps.get(view)));
        // every view's own classes, not only the biggest's: the bare reference's are the base every UI carries
        perUi.keySet().forEach(view -> report.note("Classes whose live bytes grew most with " + uis + " tabs on the "
                + view + " (bytes per UI, class):", top(differences.get(view), 25)));
        perUi.keySet().forEach(view -> report.note("Freed by the next full GCs after the first histogram with " + uis
                + " tabs on the " + view + ", so not counted (bytes per UI, class):", top(unsettled.get(view), 8)));
        report.note("What the browsers sent over their push WebSockets (all tabs of the run):",
                "%,d sockets opened, %,d messages sent, the longest %,d characters".formatted(socketsOpened.get(),
                        messagesSent.get(), longestSent.get()));
        Assertions.assertThat(report.write()).as("one row per view").hasSize(views.size());
    }

    private Page open(BrowserContext signedIn, View view) {
        Page tab = signedIn.newPage();
        tab.onWebSocket(socket -> {
            socketsOpened.incrementAndGet();
            socket.onFrameSent(frame -> {
                messagesSent.incrementAndGet();
                longestSent.accumulateAndGet(frame.text() != null ? frame.text().length() : frame.binary().length,
                        Math::max);
            });
        });
        tab.setDefaultTimeout(120_000);
        tab.navigate(url(view.path()));
        // generous: the machine may be shared, and this measures bytes, not time
        assertThat(tab.locator(view.readySelector()).first()).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(120_000));
        return tab;
    }

    /** Opens {@code list}, clicks its first row's number and returns the path of the page it opened. */
    private String firstRowOpens(Page page, String list, String grid, String opened) {
        page.navigate(url(list));
        // a body cell with a referral number (header cells are grid cells too)
        page.locator(grid + " vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(Pattern.compile("^R-\\d{6}$")).setVisible(true)).first().click();
        page.waitForURL(Pattern.compile(".*" + opened + "\\d+"));
        String address = page.url();
        return address.substring(address.indexOf(opened));
    }

    /** The packaged portal this run started: the child java process running a jar. */
    private static long portalProcess() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().map(c -> c.contains(" -jar ") && c.contains("renkei")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no portal process started by this run "
                        + "(-Drenkei.baseUrl points elsewhere?)")).pid();
    }

    /** A live class histogram: jcmd runs a full GC first, so the total is the live heap. */
    private static Histogram histogram(long pid) throws IOException, InterruptedException {
        Thread.sleep(2_000); // closed tabs' beacons and the last requests settle
        String output = jcmd(pid, "GC.class_histogram");
        Map<String, Long> byClass = new HashMap<>();
        long total = -1;
        for (String line : output.split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            Matcher sum = TOTAL.matcher(line.trim());
            if (row.matches()) {
                byClass.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            } else if (sum.matches()) {
                total = Long.parseLong(sum.group(2));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("no total in the histogram: " + output);
        }
        return new Histogram(total, byClass);
    }

    private String top(Map<String, Long> bytesByClass, int rows) {
        return bytesByClass.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(rows)
                .map(e -> "%,9d  %s".formatted(e.getValue() / uis, e.getKey())).collect(Collectors.joining("\n"));
    }

    /**
     * The first full GC after the tabs opened leaves megabytes that the next one frees (in a run of 30 bare tabs,
     * 6.2 MB of {@code byte[]}, 200 KB per tab, gone a few seconds later and never seen again): objects that survive
     * one collection only, not what a UI keeps. Histograms are taken until the live heap stops shrinking (two in a
     * row within 0.2 %), before the tabs as after them.
     */
    private Histogram settled(long pid, Histogram first) throws IOException, InterruptedException {
        Histogram last = first;
        for (int i = 0; i < settleRounds; i++) {
            Histogram next = histogram(pid);
            boolean steady = Math.abs(last.bytes() - next.bytes()) < last.bytes() / 500;
            last = next;
            if (steady) {
                break;
            }
        }
        return last;
    }

    private static void heapDump(long pid, View view, String when) throws IOException, InterruptedException {
        if (HEAP_DUMPS.isEmpty()) {
            return;
        }
        Path file = Path.of(HEAP_DUMPS, view.name().replaceAll("\\W+", "-") + "-" + when + ".hprof");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        jcmd(pid, "GC.heap_dump", file.toAbsolutePath().toString());
    }

    private static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(120, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        return output;
    }

    private static Map<String, Long> difference(Histogram before, Histogram with) {
        Map<String, Long> grown = new HashMap<>(with.byClass());
        before.byClass().forEach((type, bytes) -> grown.merge(type, -bytes, Long::sum));
        return grown;
    }
}
