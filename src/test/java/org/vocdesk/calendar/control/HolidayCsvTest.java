package org.vocdesk.calendar.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.calendar.entity.CalendarFixtures;
import org.vocdesk.calendar.entity.DayEntry;
import org.vocdesk.calendar.entity.DayKind;
import org.vocdesk.platform.entity.BusinessException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCsvTest {

    @Test
    void readsTheBundledPrcHolidays() {
        List<DayEntry> days = CalendarFixtures.chinaDays();
        assertThat(days).hasSize(72);
        assertThat(days).filteredOn(d -> d.kind() == DayKind.WORKDAY).hasSize(11)
                .allMatch(d -> d.date().getDayOfWeek().getValue() >= 6, "adjusted days are weekend days");
        assertThat(days.get(0)).isEqualTo(new DayEntry(LocalDate.parse("2025-01-01"), DayKind.HOLIDAY, "元旦 New Year"));
        assertThat(days).extracting(DayEntry::date).doesNotHaveDuplicates();
    }

    @Test
    void toleratesBomAndBlankLinesAndMissingName() {
        assertThat(HolidayCsv.parse("\uFEFFdate,kind,name\n\n2027-01-01,HOLIDAY,\n"))
                .containsExactly(new DayEntry(LocalDate.parse("2027-01-01"), DayKind.HOLIDAY, null));
    }

    @Test
    void badRowsNameTheLine() {
        assertThatThrownBy(() -> HolidayCsv.parse("date,kind,name\n2027-01-01,holiday,x\n2027-13-01,holiday,y\n"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.key()).isEqualTo("calendar.csv.invalid");
                    assertThat(e.arguments()[0]).isEqualTo(3L);
                });
        assertThatThrownBy(() -> HolidayCsv.parse("date,kind,name\n2027-01-01,vacation,x\n"))
                .isInstanceOf(BusinessException.class);
    }
}
