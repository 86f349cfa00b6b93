package org.vocdesk.calendar.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkDurationTest {

    @Test
    void parsesWholeDays() {
        WorkDuration d = WorkDuration.parse("2d");
        assertThat(d.isDays()).isTrue();
        assertThat(d.wholeDays()).isEqualTo(2);
        assertThat(d.time()).isZero();
        assertThat(d).isEqualTo(WorkDuration.ofDays(2)).hasToString("2d");
    }

    @Test
    void aFractionOfADayIsThatFractionOfTheStandardDay() {
        WorkDuration half = WorkDuration.parse("0.5d");
        assertThat(half.wholeDays()).isZero();
        assertThat(half.fractionOf(Duration.ofHours(8))).isEqualTo(Duration.ofHours(4));
        assertThat(WorkDuration.parse("1.25d").fractionOf(Duration.ofHours(8))).isEqualTo(Duration.ofHours(2));
        assertThat(half).hasToString("0.5d").isEqualTo(WorkDuration.parse("0.50d"));
    }

    @Test
    void parsesHoursAndMinutesAsWorkingTime() {
        assertThat(WorkDuration.parse("4h").time()).isEqualTo(Duration.ofHours(4));
        assertThat(WorkDuration.parse(" 1.5 H ").time()).isEqualTo(Duration.ofMinutes(90));
        assertThat(WorkDuration.parse("30m").time()).isEqualTo(Duration.ofMinutes(30));
        assertThat(WorkDuration.parse("20m").isDays()).isFalse();
        assertThat(WorkDuration.parse("0m").isZero()).isTrue();
        assertThat(WorkDuration.parse("0d").isZero()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2d", "0.5d", "4h", "90m", "1h", "0m", "3660d", "0.125d"})
    void toStringIsWhatParseReads(String text) {
        assertThat(WorkDuration.parse(text)).hasToString(text);
        assertThat(WorkDuration.parse(WorkDuration.parse(text).toString())).isEqualTo(WorkDuration.parse(text));
    }

    @Test
    void hoursAreWrittenAsHoursWhenWhole() {
        assertThat(WorkDuration.parse("120m")).hasToString("2h");
        assertThat(WorkDuration.parse("1.5h")).hasToString("90m");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2", "d", "-1d", "2w", "1.5m", "0.01h", "3661d", "1d4h", "0.0001d", "1e3d", "２d", "99999999h"})
    void rejectsWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> WorkDuration.parse(text))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).key()).isEqualTo("calendar.duration.invalid");
                    assertThat(((BusinessException) e).field()).isEqualTo("duration");
                });
    }

    @Test
    void factoriesCheckTheirInput() {
        assertThatThrownBy(() -> WorkDuration.ofDays(-1)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> WorkDuration.ofDays(new BigDecimal("0.0001"))).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> WorkDuration.ofTime(Duration.ofMillis(1500))).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> WorkDuration.ofTime(Duration.ofDays(3661))).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> WorkDuration.ofMinutes(-5)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> WorkDuration.ofTime(null)).isInstanceOf(BusinessException.class);
        assertThat(WorkDuration.ofDays(new BigDecimal("100"))).hasToString("100d");
    }
}
