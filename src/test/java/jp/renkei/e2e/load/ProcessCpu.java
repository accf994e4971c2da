package jp.renkei.e2e.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's CPU time (user + system) from {@code /proc/<pid>/stat}, in milliseconds. */
public final class ProcessCpu {

    /** Linux's USER_HZ: the unit of utime and stime. */
    private static final int TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    public static long millis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name (field 2) may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
