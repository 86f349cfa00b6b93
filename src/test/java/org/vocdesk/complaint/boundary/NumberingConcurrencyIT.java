package org.vocdesk.complaint.boundary;

import org.junit.jupiter.api.Test;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 complaints recorded in parallel get 200 distinct, consecutive numbers of the month, in the complaint and in
 * the audit row of its creation (both written as the intake commits), and the KPI summary loses none of them.
 */
class NumberingConcurrencyIT {

    @Test
    void parallelIntakeGivesConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        TestUser clerk = TestUsers.user("CLERK");
        String product = TestUsers.unique("parallel");
        String receivedAt = TestServer.receivedJustNow(); // the number's month is the month of intake, not of receipt
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<String>> creations = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            creations.add(() -> {
                var reply = clerk.api().post("/api/complaints", ComplaintsIT.intake(receivedAt, product));
                assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                return reply.json().getString("number");
            });
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> number : pool.invokeAll(creations)) {
            numbers.add(number.get());
        }
        pool.shutdown();

        assertThat(numbers).doesNotHaveDuplicates().hasSize(200);
        assertThat(numbers).allSatisfy(n -> assertThat(n).startsWith(numbers.get(0).substring(0, 8)).matches("CF\\d{6}\\d{4,}"));
        List<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(8))).sorted().toList();
        assertThat(sequence.get(199) - sequence.get(0)).isEqualTo(199);
        assertThat(clerk.api().get("/api/complaints?q=" + product).json().getInt("total")).isEqualTo(200);
        assertThat(storedNumbers(product)).as("complaint and creation audit row, given at commit; the prefix it waited with cleared")
                .containsExactlyInAnyOrderElementsOf(numbers.stream().map(n -> n + "|" + n + "|null").toList());

        TestUser manager = TestUsers.user("QUALITY_MANAGER");
        var summary = manager.api().get("/api/kpis/dashboard?categoryId=1");
        var recount = manager.api().get("/api/kpis/dashboard?recount=true&categoryId=1");
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.json()).as("the KPI summary that 200 parallel intakes added to").isEqualTo(recount.json());
    }

    private static List<String> storedNumbers(String product) throws SQLException {
        List<String> stored = new ArrayList<>();
        try (Connection db = TestServer.openDatabase();
             PreparedStatement query = db.prepareStatement("select c.number, a.number, c.number_prefix from complaint c"
                     + " left join complaint_aud a on a.id = c.id and a.revtype = 0 where c.product = ?")) {
            query.setString(1, product);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3));
                }
            }
        }
        return stored;
    }
}
