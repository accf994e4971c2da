package jp.renkei.e2e.load;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * One person: signs in once (password, then the authenticator code), then loops referral list → filter → scroll →
 * open a referral → counseling page → book a time → the week's sessions, thinking 5–10 s before each step. Every
 * step is timed; a step that fails is counted as an error and the person starts the loop again on a new tab.
 */
public final class SimulatedUser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PATIENT_ID = Pattern.compile("^[A-Za-z0-9-]{5,}$");

    private final String username;
    private final String password;
    private final LongSupplier authenticatorCode;
    private final PortalHttp http;
    private final LoadRecorder recorder;
    private final long thinkMinMillis;
    private final long thinkMaxMillis;
    private VaadinUi ui;
    private int loop;

    public SimulatedUser(String baseUrl, String username, String password, LongSupplier authenticatorCode,
            LoadRecorder recorder, long thinkMinMillis, long thinkMaxMillis) {
        this.username = username;
        this.password = password;
        this.authenticatorCode = authenticatorCode;
        this.http = new PortalHttp(baseUrl);
        this.recorder = recorder;
        this.thinkMinMillis = thinkMinMillis;
        this.thinkMaxMillis = thinkMaxMillis;
    }

    /** Password and code; false (recorded as an error) if the portal did not let the person in. */
    public boolean signIn() throws InterruptedException {
        return step("sign-in", () -> {
            form("/login", Map.of("username", username, "password", password));
            form("/second-factor", Map.of("code", "%06d".formatted(authenticatorCode.getAsLong())));
        });
    }

    /** Posts a sign-in form with its CSRF token; the portal answers with a redirect, to an error if refused. */
    private void form(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(timed("GET " + path, () -> http.get(path)).body());
        if (!token.find()) {
            throw new LoadError(path + " carries no CSRF token");
        }
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        HttpResponse<String> post = timed("POST " + path, () -> http.postForm(path, form));
        String next = post.headers().firstValue("Location").orElse("");
        // refused: back to a sign-in page (with "error", or the second factor asked again for a lost session)
        if (post.statusCode() != 302 || next.contains("error") || next.contains(path)) {
            throw new LoadError(path + " answered " + post.statusCode() + " to " + next);
        }
    }

    /** One loop of the flow. */
    public void loop() throws InterruptedException {
        loop++;
        boolean ok = step("list", () -> {
            if (ui == null) {
                ui = VaadinUi.open(http, "referrals");
            } else {
                ui.navigate("referrals");
            }
            if (ui.rows(ui.node("referral-list")).isEmpty()) {
                throw new LoadError("the referral list shows no rows");
            }
        });
        ok = ok && step("filter", () -> {
            int grid = ui.node("referral-list");
            String prefix = patientIdPrefix(ui.rows(grid));
            ui.send(ui.typed(ui.node("patient-search"), prefix, "input",
                    VaadinUi.JSON.createObjectNode().put("1", 1).put("for", "trailing")));
            if (ui.rows(grid).isEmpty()) {
                throw new LoadError("the filter by patient ID " + prefix + " found nothing");
            }
        });
        // to the second page of 50 rows, or as far as a shorter list goes with rows still in view
        ok = ok && step("scroll", () -> {
            int grid = ui.node("referral-list");
            ui.send(ui.call(grid, "setViewportRange", Math.max(0, Math.min(50, ui.size(grid) - 25)), 50));
        });
        ok = ok && step("open", () -> {
            int grid = ui.node("referral-list");
            List<JsonNode> rows = ui.rows(grid);
            JsonNode row = rows.get(ThreadLocalRandom.current().nextInt(Math.min(rows.size(), 20)));
            ui.send(ui.event(grid, "item-click", VaadinUi.JSON.createObjectNode()
                    .put("event.detail.itemKey", row.get("key").asString())
                    .put("event.detail.internalColumnId", "col0").put("event.detail.button", 0)
                    .put("event.detail.detail", 1)));
            ui.node("referral-status");
        });
        ok = ok && step("counseling", () -> {
            ui.navigate("counseling");
            ui.node("day-times");
        });
        ok = ok && step("book", () -> recorder.outcome(BookingStep.book(ui, "B-" + username + "-" + loop,
                "負荷 試験" + loop).name()));
        ok = ok && step("week", () -> {
            ui.navigate("counseling");
            ui.node("bookings");
        });
        if (!ok) {
            ui = null; // what a person does after an error: reload
        }
    }

    private static String patientIdPrefix(List<JsonNode> rows) {
        for (JsonNode row : rows) {
            for (JsonNode tooltip : row.path("gridtooltips")) {
                String value = tooltip.asString();
                if (PATIENT_ID.matcher(value).matches()) {
                    return value.substring(0, 4);
                }
            }
        }
        throw new LoadError("no patient ID among the rows");
    }

    /** A request of the sign-in, its portal CPU noted apart (meaningful in a probe, one person alone). */
    private HttpResponse<String> timed(String request, Call call) throws IOException, InterruptedException {
        long cpu = recorder.portalCpuMillis();
        HttpResponse<String> response = call.send();
        recorder.tookRequest(request, recorder.portalCpuMillis() - cpu);
        return response;
    }

    private interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private interface Action {
        void run() throws IOException, InterruptedException;
    }

    /** Thinks, then takes the step; false if it failed. */
    private boolean step(String name, Action action) throws InterruptedException {
        if (!name.equals("sign-in")) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMinMillis, thinkMaxMillis + 1));
        }
        long started = System.nanoTime();
        long cpu = recorder.portalCpuMillis();
        try {
            action.run();
            recorder.took(name, System.nanoTime() - started, recorder.portalCpuMillis() - cpu);
            return true;
        } catch (IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopped"); // the run ended during the request: not an error
            }
            recorder.failed(name, e);
            return false;
        }
    }
}
