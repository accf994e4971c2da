package jp.renkei.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runs of scheduled jobs under their ShedLock, read from a node's log at DEBUG for
 * {@code net.javacrumbs.shedlock}: from "Locked 'job'" to "Task finished, lock 'job' released".
 */
public final class ShedLockRuns {

    /** The argument that makes a node log its lock decisions. */
    public static final String DEBUG_LOGGING = "--logging.level.net.javacrumbs.shedlock=DEBUG";
    private static final Pattern LOCK_LINE = Pattern.compile(
            "^(\\S+)\\s+DEBUG.*(Locked '([^']+)'|Task finished, lock '([^']+)' (?:will be )?released)");

    private ShedLockRuns() {
    }

    public record Run(String node, String job, Instant start, Instant end) {
    }

    /**
     * The shortest time between two runs of {@code job} in a row, whichever node ran them; null with fewer than
     * two runs. A job keeping its lock for a minimum has runs at least that far apart across all nodes.
     */
    public static Duration shortestGap(List<Run> runs, String job) {
        List<Instant> starts = runs.stream().filter(run -> run.job().equals(job)).map(Run::start).sorted().toList();
        Duration shortest = null;
        for (int i = 1; i < starts.size(); i++) {
            Duration gap = Duration.between(starts.get(i - 1), starts.get(i));
            shortest = shortest == null || gap.compareTo(shortest) < 0 ? gap : shortest;
        }
        return shortest;
    }

    public static List<Run> in(String node, Path log) throws IOException {
        List<Run> runs = new ArrayList<>();
        Map<String, Instant> open = new HashMap<>();
        for (String line : Files.readAllLines(log)) {
            Matcher matcher = LOCK_LINE.matcher(line);
            if (!matcher.find()) {
                continue;
            }
            Instant at = Instant.parse(matcher.group(1));
            if (matcher.group(3) != null) {
                open.put(matcher.group(3), at);
            } else if (open.containsKey(matcher.group(4))) {
                runs.add(new Run(node, matcher.group(4), open.remove(matcher.group(4)), at));
            }
        }
        return runs;
    }
}
