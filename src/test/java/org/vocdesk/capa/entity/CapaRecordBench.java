package org.vocdesk.capa.entity;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.records.control.CapaRecordContent;
import org.vocdesk.records.control.RecordFormat;
import org.vocdesk.records.control.RecordTemplatesRenderTest;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bench/record-report.sh: one 8D / CAPA report (every section, fishbone, signatures) built, filled and exported as
 * PDF/A, timed after warm-up. Runs only with -Dvocdesk.bench=true (a timing is no unit test on a shared machine).
 */
class CapaRecordBench {

    private static final int WARM_UP = 5;
    private static final int RUNS = 30;

    @Test
    void singleReportUnderOneSecondAfterWarmUp() {
        Assumptions.assumeTrue(Boolean.getBoolean("vocdesk.bench"), "benchmark: -Dvocdesk.bench=true");
        long first = System.nanoTime();
        byte[] once = render(Messages.CHINESE);
        double firstMs = (System.nanoTime() - first) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            render(i % 2 == 0 ? Messages.ENGLISH : Messages.CHINESE);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            render(i % 2 == 0 ? Messages.CHINESE : Messages.ENGLISH);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "BENCH 8D report: first (compile + fill + export) %.0f ms; after warm-up, %d runs: median %.0f ms,"
                        + " p90 %.0f ms, max %.0f ms; PDF %d bytes%n", firstMs, RUNS, ms[RUNS / 2], ms[RUNS * 9 / 10], ms[RUNS - 1], once.length);
        assertThat(ms[RUNS / 2]).as("median ms").isLessThan(1000);
    }

    private static byte[] render(Locale locale) {
        CapaRecordContentTest.Filled filled = CapaRecordContentTest.filled();
        return RecordTemplatesRenderTest.render("capa-8d-report", locale, CapaRecordContent.of(filled.report(), filled.signatures(),
                new RecordFormat(locale, CapaRecordContentTest.SHANGHAI)), "bench-8d.pdf");
    }
}
