package org.coopgraph.bench;

import java.util.Arrays;

/** Latencies in milliseconds and their percentiles (nearest rank). */
public final class Timings {

    private double[] ms = new double[64];
    private int n;

    public synchronized void add(long nanos) {
        if (n == ms.length) {
            ms = Arrays.copyOf(ms, n * 2);
        }
        ms[n++] = nanos / 1e6;
    }

    public synchronized int count() {
        return n;
    }

    public synchronized double percentile(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] s = Arrays.copyOf(ms, n);
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return s[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    public double p50() {
        return percentile(50);
    }

    public double p99() {
        return percentile(99);
    }
}
