package org.vocdesk.demo.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.customer.entity.CustomerData;
import org.vocdesk.identity.entity.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoContentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T07:30:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Set<String> SEEDED_CATEGORIES = Set.of("PRODUCT_QUALITY", "DELIVERY", "SERVICE", "PRICE",
            "TECHNICAL", "PAYMENT", "ACCOUNT_ORDER", "PACKAGING_LOGISTICS", "SAFETY_INJURY", "OTHER");

    private final DemoContent content = new DemoContent(NOW, ZONE);
    private final List<DemoComplaint> complaints = content.complaints();

    @Test
    void sameClockGivesSameData() {
        DemoContent again = new DemoContent(NOW, ZONE);
        assertThat(again.customers()).isEqualTo(content.customers());
        assertThat(again.complaints()).isEqualTo(complaints);
    }

    @Test
    void everyTextExistsInBothLanguages() {
        Stream.of(DemoTexts.COMPLAINTS, DemoTexts.PRAISE, DemoTexts.SUGGESTIONS, DemoTexts.INQUIRIES, DemoTexts.TRIAGE_COMMENTS,
                        DemoTexts.FIRST_REPLIES, DemoTexts.INVESTIGATION_STARTS, DemoTexts.CONFIRMATIONS, DemoTexts.INVALID_REASONS,
                        List.copyOf(DemoTexts.RESOLUTIONS.values()))
                .flatMap(List::stream).forEach(text -> {
                    assertThat(text.zh()).as(text.en()).matches(s -> s.codePoints().anyMatch(DemoContentTest::isHan));
                    assertThat(text.en()).as(text.zh()).matches(s -> s.codePoints().noneMatch(DemoContentTest::isHan));
                    assertThat(placeholders(text.zh())).as(text.en()).isEqualTo(placeholders(text.en()));
                });
        assertThat(DemoTexts.RESOLUTIONS.keySet()).isEqualTo(SEEDED_CATEGORIES);
        assertThat(DemoTexts.COMPLAINTS).extracting(Bilingual::category).containsAll(SEEDED_CATEGORIES);
    }

    @Test
    void recordsAreFilledAndInBothLanguages() {
        assertThat(complaints).hasSize(DemoComplaintPlanner.COUNT);
        assertThat(complaints).allSatisfy(c -> {
            assertThat(c.words()).doesNotContain("{").isNotBlank();
            assertThat(SEEDED_CATEGORIES).contains(c.categoryCode());
            assertThat(c.anonymous() || c.customerCode() != null || c.contactName() != null).isTrue();
        });
        Map<Lang, Long> byLang = complaints.stream().collect(Collectors.groupingBy(DemoComplaint::lang, Collectors.counting()));
        assertThat(byLang.get(Lang.ZH)).isGreaterThan(100);
        assertThat(byLang.get(Lang.EN)).isGreaterThan(30);
    }

    @Test
    void spreadOverFourteenMonthsInTheOrderOfRecording() {
        assertThat(complaints).isSortedAccordingTo((a, b) -> a.recordedAt().compareTo(b.recordedAt()));
        assertThat(complaints.get(0).receivedAt()).isBefore(NOW.minus(Duration.ofDays(365)));
        assertThat(complaints.get(0).receivedAt()).isAfter(NOW.minus(Duration.ofDays(14 * 31)));
        assertThat(complaints).filteredOn(c -> c.receivedAt().isAfter(NOW.minus(Duration.ofDays(7)))).hasSizeGreaterThan(3);
        assertThat(complaints).allSatisfy(c -> {
            assertThat(c.recordedAt()).isBetween(c.receivedAt(), NOW);
            Instant previous = c.recordedAt();
            for (DemoStep step : c.steps()) {
                assertThat(step.at()).as(c.words()).isAfterOrEqualTo(previous).isBefore(NOW);
                assertThat(step.at().atZone(ZONE).getHour()).as("staff work in office hours").isBetween(7, 17);
                previous = step.at();
            }
        });
    }

    @Test
    void statusesCoverTheLifecycle() {
        Map<ComplaintStatus, Long> byStatus = complaints.stream()
                .collect(Collectors.groupingBy(DemoComplaint::finalStatus, Collectors.counting()));
        assertThat(byStatus.keySet()).containsAll(EnumSet.complementOf(EnumSet.of(ComplaintStatus.REOPENED, ComplaintStatus.VOIDED)));
        assertThat(byStatus.get(ComplaintStatus.CLOSED)).isGreaterThan(120);
        assertThat(byStatus.get(ComplaintStatus.CLOSED_INVALID)).isBetween(5L, 30L);
        List<DemoComplaint> old = complaints.stream().filter(c -> c.receivedAt().isBefore(NOW.minus(Duration.ofDays(60)))).toList();
        assertThat(old.stream().filter(c -> !c.finalStatus().isOpen()).count()).isGreaterThan(old.size() * 85L / 100);
        assertThat(complaints).filteredOn(c -> c.receivedAt().isAfter(NOW.minus(Duration.ofDays(14))))
                .extracting(DemoComplaint::finalStatus)
                .contains(ComplaintStatus.RECEIVED, ComplaintStatus.TRIAGED, ComplaintStatus.INVESTIGATING);
        assertThat(complaints).filteredOn(c -> c.finalStatus() == ComplaintStatus.CLOSED)
                .allSatisfy(c -> assertThat(c.steps()).extracting(DemoStep::kind).containsSubsequence(
                        DemoStep.Kind.TRIAGE_VALID, DemoStep.Kind.START_INVESTIGATION, DemoStep.Kind.REQUEST_CONFIRMATION, DemoStep.Kind.CLOSE));
        assertThat(complaints).filteredOn(c -> c.finalStatus() == ComplaintStatus.CLOSED)
                .filteredOn(c -> c.steps().stream().anyMatch(s -> s.kind() == DemoStep.Kind.FIRST_REPLY))
                .hasSizeGreaterThan(byStatus.get(ComplaintStatus.CLOSED).intValue() * 9 / 10);
    }

    @Test
    void mixOfTypesMajorsAndRepeats() {
        Map<FeedbackType, Long> byType = complaints.stream().collect(Collectors.groupingBy(DemoComplaint::type, Collectors.counting()));
        assertThat(byType.keySet()).containsExactlyInAnyOrder(FeedbackType.values());
        assertThat(byType.get(FeedbackType.COMPLAINT)).isGreaterThan(100);
        assertThat(complaints).filteredOn(c -> !c.majorReasons().isEmpty()).hasSizeBetween(5, 30);
        assertThat(complaints).filteredOn(c -> c.words().startsWith("再次") || c.words().startsWith("Again")).hasSizeGreaterThan(5);
        assertThat(complaints).filteredOn(DemoComplaint::anonymous).isNotEmpty();
        assertThat(complaints).extracting(DemoComplaint::channel).hasSizeGreaterThan(5);
    }

    @Test
    void thirtyCustomersAndAUserForEveryRole() {
        assertThat(content.customers()).hasSize(30).allSatisfy(c -> assertThat(c.problems()).isEmpty());
        assertThat(content.customers()).extracting(CustomerData::code).startsWith("C0001").endsWith("C0030");
        assertThat(content.customers()).extracting(CustomerData::transactionCount).allMatch(n -> n >= 0 && n <= 40);
        Set<Role> roles = content.users().stream().flatMap(u -> u.roles().stream()).collect(Collectors.toSet());
        assertThat(roles).containsAll(EnumSet.complementOf(EnumSet.of(Role.ADMINISTRATOR)));
        Map<String, DemoUser> users = content.users().stream().collect(Collectors.toMap(DemoUser::username, Function.identity()));
        assertThat(content.departments()).extracting(DemoDepartment::code).containsExactly("QA", "PROD", "SALES");
        content.departments().forEach(d -> {
            assertThat(users.get(d.managerUsername()).departmentCode()).isEqualTo(d.code());
            assertThat(users.get(DemoStaff.handlerOf(d.code())).roles()).contains(Role.HANDLER);
        });
        complaints.stream().flatMap(c -> c.steps().stream())
                .forEach(step -> assertThat(users).containsKey(step.actor()));
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static List<String> placeholders(String text) {
        return Arrays.stream(text.split("(?=\\{)")).filter(s -> s.startsWith("{"))
                .map(s -> s.substring(0, s.indexOf('}') + 1)).sorted().toList();
    }
}
