package org.vocdesk.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.platform.control.TestClock;

import java.time.Clock;
import java.time.Instant;

import static org.vocdesk.identity.entity.Role.Names.ADMINISTRATOR;

/** Moves the test clock in integration tests; 404 on every server that runs on the system clock. */
@Path("test-clock")
@Tag(name = "Test clock", description = "Only on test servers started with the test clock (see TestClock)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMINISTRATOR)
public class TestClockResource {

    public record ClockView(Instant now, long offsetSeconds) {
    }

    public record MoveTo(Instant at) {
    }

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "What the test clock reads")
    public ClockView read() {
        TestClock test = testClock();
        return new ClockView(test.instant(), test.offset().toSeconds());
    }

    @PUT
    @Operation(summary = "Make the test clock read the given moment (it runs on from there)")
    public ClockView move(MoveTo to) {
        if (to == null || to.at() == null) {
            throw new BadRequestException("at is required");
        }
        testClock().moveTo(to.at());
        return read();
    }

    @DELETE
    @Operation(summary = "Back to the real time")
    public ClockView reset() {
        testClock().reset();
        return read();
    }

    private TestClock testClock() {
        if (clock instanceof TestClock test) {
            return test;
        }
        throw new NotFoundException();
    }
}
