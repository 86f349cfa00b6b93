package org.vocdesk.escalation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers.TestUser;
import org.vocdesk.it.TestUsers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst of intakes is planned by the drain after commit, in batches: every complaint gets its whole escalation
 * plan, once, and sooner than the timer's sweep of forgotten requests (30 s) could have done it.
 */
class PlanningBurstIT {

    private static final int COMPLAINTS = 60;

    @Test
    void everyComplaintOfABurstGetsItsStepsOnceFromThePlanningAfterCommit() throws Exception {
        TestUser clerk = TestUsers.user("CLERK");
        String product = TestUsers.unique("BURST");
        String receivedAt = TestServer.receivedJustNow(); // one received time for all: the same plan for each
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Callable<Long>> intakes = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            intakes.add(() -> {
                Api.Reply reply = clerk.api().post("/api/complaints", Api.object().add("channel", "PHONE").add("type", "COMPLAINT")
                        .add("categoryId", 1).add("contactName", "赵工").add("product", product)
                        .add("customerWords", "批量投诉 a burst of intakes").add("urgency", "MEDIUM").add("receivedAt", receivedAt));
                assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                return reply.json().getJsonNumber("id").longValue();
            });
        }
        long started = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (Future<Long> id : pool.invokeAll(intakes)) {
            ids.add(id.get());
        }
        pool.shutdown();

        Map<Long, List<String>> planned = EscalationTimeIT.await("every complaint planned", () -> stepsOf(clerk, ids),
                steps -> steps.values().stream().noneMatch(List::isEmpty));
        // the sweep takes only requests older than 30 s: anything planned sooner was planned by the drain
        assertThat((System.nanoTime() - started) / 1_000_000_000L).as("seconds from the first intake until all were planned").isLessThan(28);

        Set<List<String>> plans = planned.values().stream().map(steps -> steps.stream().sorted().toList()).collect(Collectors.toSet());
        assertThat(plans).as("the same received time and urgency give the same plan").hasSize(1);
        List<String> plan = plans.iterator().next();
        assertThat(plan).doesNotHaveDuplicates().contains("FIRST_REPLY/HANDLER");
    }

    /** Each complaint's steps as kind/level. */
    private static Map<Long, List<String>> stepsOf(TestUser clerk, List<Long> ids) {
        return ids.stream().collect(Collectors.toMap(id -> id, id -> {
            Api.Reply reply = clerk.api().get("/api/escalations/complaints/" + id + "/steps");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            return reply.jsonArray().stream().map(JsonValue::asJsonObject)
                    .map((JsonObject step) -> step.getString("kind") + "/" + step.getString("level")).toList();
        }));
    }
}
