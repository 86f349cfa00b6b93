package org.vocdesk.demo.control;

import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.MajorReason;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.customer.entity.CustomerData;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plans the demo complaints: when they came in, from whom, about what, and how far their handling got.
 * Most of the old ones are closed, recent ones are still being handled, a few got stuck (and are overdue).
 */
final class DemoComplaintPlanner {

    static final int COUNT = 200;
    /** Of which this many in the last 30 days, so the desk looks busy today. */
    private static final int RECENT = 35;
    private static final int REPEAT_PERCENT = 8;
    private static final String PUBLIC_WEB = "public-web";
    private static final Set<String> GOODS_CATEGORIES = Set.of("PRODUCT_QUALITY", "PACKAGING_LOGISTICS", "DELIVERY",
            "SAFETY_INJURY", "TECHNICAL");
    private static final List<Bilingual> PRODUCTS = List.of(
            Bilingual.of("铝合金外壳 AH-200", "Aluminium housing AH-200"), Bilingual.of("注塑外壳 PH-35", "Plastic housing PH-35"),
            Bilingual.of("电源适配器 PA-65", "Power adapter PA-65"), Bilingual.of("控制板 CB-10", "Control board CB-10"),
            Bilingual.of("直流电机 DM-750", "DC motor DM-750"), Bilingual.of("温度传感器 TS-3", "Temperature sensor TS-3"),
            Bilingual.of("线束总成 WH-12", "Wire harness WH-12"));
    private static final List<Bilingual> CALLERS = List.of(Bilingual.of("张先生", "Mr Jones"), Bilingual.of("刘女士", "Ms Parker"),
            Bilingual.of("陈工", "Mr Lee"));

    private final Picker pick;
    private final Instant now;
    private final ZoneId zone;
    private final List<CustomerData> customers;
    private final DemoStepPlanner steps;

    DemoComplaintPlanner(Random random, Instant now, ZoneId zone, List<CustomerData> customers) {
        this.pick = new Picker(random);
        this.now = now;
        this.zone = zone;
        this.customers = customers;
        this.steps = new DemoStepPlanner(pick, now, zone);
    }

    List<DemoComplaint> plan() {
        List<Instant> received = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            received.add(i < COUNT - RECENT ? receivedBetween(425, 30) : receivedBetween(30, 0));
        }
        received.sort(Comparator.naturalOrder());
        List<DemoComplaint> planned = new ArrayList<>();
        for (Instant at : received) {
            DemoComplaint earlier = pick.percent(REPEAT_PERCENT) ? repeatable(planned, at) : null;
            planned.add(earlier != null ? repeat(earlier, at) : fresh(at));
        }
        // numbers are given in the order of recording, month by month
        planned.sort(Comparator.comparing(DemoComplaint::recordedAt));
        return planned;
    }

    private DemoComplaint fresh(Instant receivedAt) {
        Channel channel = pick.weighted(Channel.values(), 28, 24, 12, 8, 4, 5, 9, 10);
        FeedbackType type = pick.weighted(FeedbackType.values(), 64, 12, 8, 8, 8);
        Bilingual text = switch (type) {
            case COMPLAINT, GRIEVANCE -> complaintText();
            case PRAISE -> pick.any(DemoTexts.PRAISE);
            case SUGGESTION -> pick.any(DemoTexts.SUGGESTIONS);
            case INQUIRY -> pick.any(DemoTexts.INQUIRIES);
        };
        int customer = pick.percent(92) ? weightedCustomer() : -1;
        boolean anonymous = customer < 0 && pick.percent(50);
        if (anonymous && channel != Channel.SOCIAL_MEDIA) {
            channel = Channel.WEB_FORM; // the public form is where one can stay anonymous
        }
        return intake(receivedAt, channel, type, text, customer, anonymous, pick.any(PRODUCTS), "");
    }

    /** The same customer with the same problem (product and category) again: a repeat complaint. */
    private DemoComplaint repeat(DemoComplaint earlier, Instant receivedAt) {
        Bilingual text = pick.any(DemoTexts.COMPLAINTS.stream().filter(t -> t.category().equals(earlier.categoryCode())).toList());
        int customer = Integer.parseInt(earlier.customerCode().substring(1)) - 1;
        Bilingual product = PRODUCTS.stream().filter(p -> p.in(earlier.lang()).equals(earlier.product())).findFirst().orElseThrow();
        return intake(receivedAt, Channel.PHONE, FeedbackType.COMPLAINT, text, customer, false, product,
                DemoTexts.REPEAT_PREFIX.in(earlier.lang()));
    }

    private static DemoComplaint repeatable(List<DemoComplaint> planned, Instant receivedAt) {
        for (int i = planned.size() - 1; i >= 0; i--) {
            DemoComplaint c = planned.get(i);
            if (c.receivedAt().isBefore(receivedAt.minus(Duration.ofDays(80)))) {
                return null;
            }
            if (c.customerCode() != null && c.product() != null && c.type() == FeedbackType.COMPLAINT
                    && c.receivedAt().isBefore(receivedAt.minus(Duration.ofDays(5)))) {
                return c;
            }
        }
        return null;
    }

    private DemoComplaint intake(Instant receivedAt, Channel channel, FeedbackType type, Bilingual text, int customer,
                                 boolean anonymous, Bilingual productName, String prefix) {
        Lang lang = customer >= 0 ? DemoCustomers.lang(customer) : pick.percent(70) ? Lang.ZH : Lang.EN;
        String category = text.category();
        boolean complaint = type == FeedbackType.COMPLAINT || type == FeedbackType.GRIEVANCE;
        Urgency urgency = category.equals("SAFETY_INJURY") ? Urgency.HIGH : complaint
                ? pick.weighted(Urgency.values(), 20, 50, 30) : pick.weighted(Urgency.values(), 0, 30, 70);
        Set<MajorReason> major = complaint ? majorReasons(text, channel, urgency) : Set.of();
        if (!major.isEmpty()) {
            urgency = Urgency.HIGH;
        }
        LocalDate day = receivedAt.atZone(zone).toLocalDate();
        String product = productName.in(lang);
        String order = "SO" + day.minusDays(pick.between(10, 40)).format(DateTimeFormatter.ofPattern("yyMM")) + "-" + pick.between(1000, 9999);
        String batch = "B" + day.minusDays(pick.between(12, 60)).format(DateTimeFormatter.BASIC_ISO_DATE).substring(2) + "-" + pick.between(1, 9);
        int quantity = pick.between(2, 200) * 10;
        boolean goods = GOODS_CATEGORIES.contains(category) || text.in(lang).contains("{product}");
        String words = prefix + fill(text.in(lang), product, quantity, batch, order);
        String details = null;
        if (complaint && goods) {
            details = fill(DemoTexts.KEY_DETAILS.in(lang), product, quantity, batch, order)
                    + (major.contains(MajorReason.PRODUCTION_STOP) ? " " + DemoTexts.PRODUCTION_STOP.in(lang) : "")
                    + (major.contains(MajorReason.BATCH) ? " " + fill(DemoTexts.BATCH_ON_HOLD.in(lang), product, quantity, batch, order) : "");
        }
        boolean known = customer >= 0;
        String contact = anonymous ? null : known ? DemoCustomers.contact(customer) : pick.any(CALLERS).in(lang);
        String phone = anonymous ? null : known ? DemoCustomers.phone(customer) : "138" + pick.between(1000, 9999) + pick.between(1000, 9999);
        Instant recordedAt = recorded(receivedAt, channel);
        String recordedBy = channel == Channel.WEB_FORM ? PUBLIC_WEB : DemoStaff.CLERK;
        return new DemoComplaint(receivedAt, recordedAt, recordedBy, channel, type, category,
                known ? customers.get(customer).code() : null, anonymous, contact, phone,
                goods ? product : null, goods || words.contains(order) ? order : null, goods ? batch : null,
                goods ? quantity : null, words, details, urgency, major, lang,
                steps.plan(type, category, urgency, !major.isEmpty(), receivedAt, recordedAt, lang));
    }

    private Bilingual complaintText() {
        String category = pick.weighted(new String[]{"PRODUCT_QUALITY", "PACKAGING_LOGISTICS", "DELIVERY", "SERVICE",
                "TECHNICAL", "ACCOUNT_ORDER", "PAYMENT", "PRICE", "SAFETY_INJURY", "OTHER"}, 30, 16, 16, 10, 8, 5, 6, 4, 2, 3);
        return pick.any(DemoTexts.COMPLAINTS.stream().filter(t -> t.category().equals(category)).toList());
    }

    private Set<MajorReason> majorReasons(Bilingual text, Channel channel, Urgency urgency) {
        Set<MajorReason> reasons = EnumSet.noneOf(MajorReason.class);
        if (text.category().equals("SAFETY_INJURY")) {
            reasons.add(MajorReason.INJURY);
        }
        if (DemoTexts.SEVERE.contains(text) && urgency == Urgency.HIGH && pick.percent(50)) {
            reasons.add(pick.percent(50) ? MajorReason.PRODUCTION_STOP : MajorReason.BATCH);
        }
        if (channel == Channel.SOCIAL_MEDIA && pick.percent(30)) {
            reasons.add(MajorReason.MEDIA);
        }
        return reasons;
    }

    /** Customers with more business with us give more feedback. */
    private int weightedCustomer() {
        int[] weights = customers.stream().mapToInt(c -> c.transactionCount() / 2 + 4).toArray();
        return pick.index(weights);
    }

    /** A moment on a working day (mostly) during office hours, between the given numbers of days ago. */
    private Instant receivedBetween(int fromDaysAgo, int toDaysAgo) {
        while (true) {
            LocalDate day = now.atZone(zone).toLocalDate().minusDays(pick.between(toDaysAgo, fromDaysAgo));
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY && pick.percent(85) || day.getDayOfWeek() == DayOfWeek.SATURDAY && pick.percent(60)) {
                continue;
            }
            ZonedDateTime at = day.atTime(8, 0).atZone(zone).plusMinutes(pick.between(0, 10 * 60));
            if (at.toInstant().isBefore(now.minus(Duration.ofMinutes(30)))) {
                return at.toInstant().truncatedTo(ChronoUnit.MINUTES);
            }
        }
    }

    /** Calls and visits are recorded at once, written feedback within the working day. */
    private Instant recorded(Instant receivedAt, Channel channel) {
        int minutes = switch (channel) {
            case PHONE, VISIT -> pick.between(3, 30);
            case WEB_FORM -> 0;
            default -> pick.between(20, Math.max(20, minutesUntilSix(receivedAt)));
        };
        Instant at = receivedAt.plus(Duration.ofMinutes(minutes));
        return at.isAfter(now.minusSeconds(60)) ? receivedAt : at;
    }

    private int minutesUntilSix(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return (int) Duration.between(local, local.toLocalDate().atTime(17, 50).atZone(zone)).toMinutes();
    }

    static String fill(String text, String product, int quantity, String batch, String order) {
        return text.replace("{product}", product).replace("{qty}", Integer.toString(quantity))
                .replace("{batch}", batch).replace("{order}", order);
    }
}
