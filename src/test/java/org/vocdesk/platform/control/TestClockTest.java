package org.vocdesk.platform.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The test clock is off unless a test launcher gives both the system property and the marker file. */
class TestClockTest {

    private static final Clock SYSTEM = Clock.fixed(Instant.parse("2025-05-13T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path workDir;

    @Test
    void offByDefault() {
        assertThat(TestClock.choose(null, workDir, SYSTEM)).isSameAs(SYSTEM);
    }

    @Test
    void theServerStartsOnTheSystemClockWithoutTheTestSwitch() {
        // what ClockProducer does in a production JVM, where nobody passes -Dvocdesk.test-clock=on
        assertThat(System.getProperty(TestClock.SWITCH)).isNull();
        assertThat(new ClockProducer().clock()).isNotInstanceOf(TestClock.class);
    }

    @Test
    void thePropertyAloneIsRefused() {
        assertThat(TestClock.choose("on", workDir, SYSTEM)).isSameAs(SYSTEM);
    }

    @Test
    void theMarkerFileAloneIsRefused() throws IOException {
        Files.createFile(workDir.resolve(TestClock.MARKER));
        assertThat(TestClock.choose(null, workDir, SYSTEM)).isSameAs(SYSTEM);
        assertThat(TestClock.choose("true", workDir, SYSTEM)).isSameAs(SYSTEM);
    }

    @Test
    void bothTogetherGiveAClockThatTestsCanMoveAndReset() throws IOException {
        Files.createFile(workDir.resolve(TestClock.MARKER));
        Clock clock = TestClock.choose("on", workDir, SYSTEM);
        assertThat(clock).isInstanceOf(TestClock.class);
        assertThat(clock.instant()).isEqualTo(SYSTEM.instant());

        ((TestClock) clock).moveTo(Instant.parse("2025-05-14T01:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-05-14T01:00:00Z"));
        Clock shanghai = clock.withZone(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(java.time.LocalDate.now(shanghai)).isEqualTo(java.time.LocalDate.parse("2025-05-14"));
        ((TestClock) clock).reset();
        assertThat(clock.instant()).isEqualTo(SYSTEM.instant());
    }

    @Test
    void aRestartedTestServerStartsAtTheInstantInTheMarker() throws IOException {
        Files.writeString(workDir.resolve(TestClock.MARKER), "2025-06-09T01:30:00Z\n");
        assertThat(TestClock.choose("on", workDir, SYSTEM).instant()).isEqualTo(Instant.parse("2025-06-09T01:30:00Z"));
    }
}
