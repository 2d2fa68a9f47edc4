package org.coopgraph.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The lines of a benchmark run: figure, baseline measured in the same run, ratio, target. */
public final class Results {

    /**
     * One line. {@code ratio} is how many times better the figure is than the baseline (higher is
     * better for rates, so baseline/figure for latencies). {@code met} is null when there is no target.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String group, String measure, double value, String unit, String baselineName, Double baseline,
                       Double ratio, String target, Boolean met, String note) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Object> context = new LinkedHashMap<>();

    public synchronized void add(Line l) {
        lines.add(l);
    }

    /** A rate (higher is better) against a baseline rate. */
    public void rate(String group, String measure, double value, String unit, String baselineName, Double baseline,
                     Double minValue, Double minRatio, String note) {
        Double ratio = baseline == null || baseline <= 0 ? null : value / baseline;
        String target = target(minValue == null ? null : ">= " + fmt(minValue) + " " + unit,
                minRatio == null ? null : ">= " + fmt(minRatio) + "x");
        Boolean met = minValue == null && minRatio == null ? null
                : (minValue == null || value >= minValue) && (minRatio == null || ratio != null && ratio >= minRatio);
        add(new Line(group, measure, value, unit, baselineName, baseline, ratio, target, met, note));
    }

    /**
     * A latency (lower is better) against a baseline latency. Against a floor ({@code maxOverBaseline}
     * given) the ratio is value / baseline, the overhead over the floor ("1.3x" = 30% slower than the
     * driver alone); otherwise it is baseline / value, the speed-up ("10x" = ten times faster).
     */
    public void latency(String group, String measure, double ms, String baselineName, Double baselineMs, Double maxMs,
                        Double maxOverBaseline, Double minSpeedup, String note) {
        Double ratio = baselineMs == null || ms <= 0 || baselineMs <= 0 ? null
                : maxOverBaseline != null ? ms / baselineMs : baselineMs / ms;
        List<String> t = new ArrayList<>();
        if (maxMs != null) {
            t.add("< " + fmt(maxMs) + " ms");
        }
        if (maxOverBaseline != null) {
            if (maxOverBaseline < 1e6) {
                t.add("<= " + fmt(maxOverBaseline) + "x " + baselineName);
            }
        }
        if (minSpeedup != null) {
            t.add(">= " + fmt(minSpeedup) + "x faster");
        }
        Boolean met = t.isEmpty() ? null
                : (maxMs == null || ms < maxMs)
                && (maxOverBaseline == null || baselineMs != null && ms <= maxOverBaseline * baselineMs)
                && (minSpeedup == null || baselineMs != null && baselineMs >= minSpeedup * ms);
        add(new Line(group, measure, ms, "ms", baselineName, baselineMs, ratio, t.isEmpty() ? null : String.join(", ", t),
                met, note));
    }

    public void info(String group, String measure, double value, String unit, String note) {
        add(new Line(group, measure, value, unit, null, null, null, null, null, note));
    }

    public synchronized void context(String key, Object value) {
        context.put(key, value);
    }

    private static String target(String a, String b) {
        return a == null ? b : b == null ? a : a + ", " + b;
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A Markdown table (it reads fine in a terminal too). */
    public synchronized void print(PrintWriter out) {
        out.println();
        context.forEach((k, v) -> out.println("- " + k + ": " + v));
        out.println();
        out.println("| group | measure | figure | baseline | ratio | target | met |");
        out.println("|---|---|---:|---|---:|---|---|");
        for (Line l : lines) {
            out.printf(Locale.ROOT, "| %s | %s | %s %s | %s | %s | %s | %s |%n", l.group(), l.measure(), fmt(l.value()),
                    l.unit(), l.baselineName() == null ? "" : l.baselineName() + (l.baseline() == null ? " (did not finish)"
                            : " " + fmt(l.baseline()) + " " + l.unit()),
                    l.ratio() == null ? "" : fmt(l.ratio()) + "x", l.target() == null ? "" : l.target(),
                    l.met() == null ? "" : l.met() ? "yes" : "**no**");
        }
        for (Line l : lines) {
            if (l.note() != null) {
                out.println("  - " + l.group() + " / " + l.measure() + ": " + l.note());
            }
        }
        out.flush();
    }

    public synchronized void writeJson(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("context", context);
            doc.put("lines", lines);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized List<Line> lines() {
        return List.copyOf(lines);
    }
}
