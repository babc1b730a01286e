package ru.ciss.lms.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page benchmark's earlier runs, so that each report says beside each page how it changed since the previous
 * run and a slowdown shows. Kept in the data folder the benchmark ran on ({@code benchmark-history.tsv}): figures
 * are only comparable on the same data. One line per page and run: the run's time, the page, req/s, p95 ms and CPU
 * ms per request, tab-separated.
 */
final class BenchmarkHistory {

    static final String FILE = "benchmark-history.tsv";

    /** Added to the run's time for a profiling run ({@code -Dlms.benchmark.jfr=true}): kept, never compared with. */
    static final String PROFILED = " profiled";

    /** One page's figures of one run. */
    record Row(String page, double requestsPerSecond, double p95, double cpuMs) {
    }

    private BenchmarkHistory() {
    }

    /**
     * The page as history knows it: the static file's name carries its resource path (with a version that changes
     * with every build), so only the words before the parenthesis name it.
     */
    static String key(String page) {
        int paren = page.indexOf(" (");
        return paren < 0 ? page : page.substring(0, paren);
    }

    /**
     * Each page's row from the latest run that measured it; empty when there was none (or the file cannot be read as
     * history). Per page, not per run: a quick run of a few pages ({@code -Dlms.benchmark.pages}) would otherwise
     * leave every other page of the next full run without anything to compare with («first run»).
     */
    static Map<String, Row> previous(Path file) throws IOException {
        Map<String, Row> latest = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return latest;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length != 5 || line.startsWith("#")) {
                continue;
            }
            if (cells[0].endsWith(PROFILED)) {
                continue; // JFR on and no class cache: slower by design, so no run to compare a measured one with
            }
            try {
                Row row = new Row(cells[1], Double.parseDouble(cells[2]), Double.parseDouble(cells[3]),
                        Double.parseDouble(cells[4]));
                latest.put(row.page(), row); // lines are in run order: a later run's row replaces an earlier one
            } catch (NumberFormatException e) {
                continue; // a line written by hand or cut off: not a run
            }
        }
        return latest;
    }

    /** Adds this run's rows to the history. */
    static void append(Path file, String run, List<Row> rows) throws IOException {
        StringBuilder lines = new StringBuilder();
        if (!Files.exists(file)) {
            lines.append("# run\tpage\treq/s\tp95 ms\tCPU ms/req\n");
        }
        for (Row r : rows) {
            lines.append(String.format(Locale.ROOT, "%s\t%s\t%.1f\t%.1f\t%.2f%n", run, r.page(), r.requestsPerSecond(),
                    r.p95(), r.cpuMs()));
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * How the page changed since the run before: CPU per request and p95 in per cent, «first run» when the page was
     * not measured then. A change within ±5 % is shown as «≈», the noise of this machine between quiet runs.
     */
    static String change(Row now, Row before) {
        if (before == null) {
            return "first run";
        }
        return "CPU " + percent(now.cpuMs(), before.cpuMs()) + ", p95 " + percent(now.p95(), before.p95());
    }

    private static String percent(double now, double before) {
        if (before <= 0 || Double.isNaN(now) || Double.isNaN(before)) {
            return "—";
        }
        double change = 100 * (now - before) / before;
        if (Math.abs(change) < 5) {
            return "≈";
        }
        return String.format(Locale.ROOT, "%s%.0f%%", change > 0 ? "+" : "−", Math.abs(change));
    }

    /**
     * A page's CPU as a multiple of the empty page's (the layout, Faces and the filters with no data of the page's
     * own): what is above 1× is the page's own work. One decimal, since the pages sit within a few times of it.
     */
    static String timesEmpty(double cpuMs, double emptyCpuMs) {
        if (emptyCpuMs <= 0 || Double.isNaN(emptyCpuMs) || Double.isNaN(cpuMs)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f×", cpuMs / emptyCpuMs);
    }

    /** How many times the static file's CPU per request the page costs («23×»); the stack's floor is 1×. */
    static String timesStatic(double cpuMs, double staticCpuMs) {
        if (staticCpuMs <= 0 || Double.isNaN(staticCpuMs) || Double.isNaN(cpuMs)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.0f×", cpuMs / staticCpuMs);
    }
}
