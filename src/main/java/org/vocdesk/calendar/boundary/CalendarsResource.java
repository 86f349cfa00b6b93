package org.vocdesk.calendar.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.vocdesk.calendar.entity.DayEntry;
import org.vocdesk.calendar.entity.DayKind;
import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Business calendars over REST: read and compute deadlines when signed in, change as administrator. */
@Path("calendars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CLERK, Role.Names.HANDLER, Role.Names.DEPARTMENT_MANAGER, Role.Names.QUALITY_MANAGER,
        Role.Names.GENERAL_MANAGER, Role.Names.AUDITOR, Role.Names.ADMINISTRATOR})
public class CalendarsResource {

    public static final String TEXT_CALENDAR = "text/calendar";
    public static final String TEXT_CSV = "text/csv";

    @Inject
    Calendars calendars;

    @Context
    UriInfo uri;

    /** JSON bodies; public fields because JSON-B fills them without further configuration. */
    public static class NewCalendar {
        public String code;
        public String name;
        public String timeZone;
        public String weekdayHours;
    }

    /** version: optional, the version read before; a change made since then is refused (409). */
    public static class CalendarChange {
        public String name;
        public String timeZone;
        public Long version;
    }

    public static class Hours {
        public String hours;
        public Long version;
    }

    public static class Day {
        public DayKind kind;
        public String name;
    }

    public record Deadline(String calendar, Instant from, String duration, Instant due) {
    }

    @GET
    public List<CalendarView> list() {
        return calendars.list();
    }

    @GET
    @Path("{code}")
    public CalendarView get(@PathParam("code") String code) {
        return calendars.get(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public Response create(NewCalendar body) {
        NewCalendar b = body == null ? new NewCalendar() : body;
        CalendarView created = calendars.create(b.code, b.name, b.timeZone, b.weekdayHours);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public CalendarView update(@PathParam("code") String code, CalendarChange body) {
        CalendarChange b = body == null ? new CalendarChange() : body;
        return calendars.update(code, b.name, b.timeZone, b.version);
    }

    @PUT
    @Path("{code}/hours/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public CalendarView setHours(@PathParam("code") String code, @PathParam("day") String day, Hours body) {
        return calendars.setWeekdayHours(code, dayOfWeek(day), body == null ? null : body.hours, body == null ? null : body.version);
    }

    @GET
    @Path("{code}/days")
    public List<DayEntry> days(@PathParam("code") String code, @QueryParam("year") Integer year) {
        return calendars.days(code, year);
    }

    @PUT
    @Path("{code}/days/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public Response markDay(@PathParam("code") String code, @PathParam("date") String date, Day body) {
        Day b = body == null ? new Day() : body;
        calendars.markDay(code, date(date), b.kind, b.name);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{code}/days/{date}")
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public Response removeDay(@PathParam("code") String code, @PathParam("date") String date) {
        calendars.removeDay(code, date(date));
        return Response.noContent().build();
    }

    /** Imports the days of an iCalendar (text/calendar) or a CSV (text/csv: date,kind,name) body. */
    @POST
    @Path("{code}/days")
    @Consumes({TEXT_CALENDAR, TEXT_CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public ImportResult importDays(@PathParam("code") String code, @Context jakarta.ws.rs.core.HttpHeaders headers,
                                   String body) {
        MediaType type = headers.getMediaType();
        boolean csv = type != null && TEXT_CSV.equals(type.getType() + "/" + type.getSubtype());
        return calendars.importDays(code, body, csv ? DayFileFormat.CSV : DayFileFormat.ICS);
    }

    /** GET /api/calendars/CN/deadline?from=2025-02-07T02:00:00Z&duration=2d → the due instant. */
    @GET
    @Path("{code}/deadline")
    public Deadline deadline(@PathParam("code") String code, @QueryParam("from") String from,
                             @QueryParam("duration") String duration) {
        Instant start;
        try {
            start = from == null || from.isBlank() ? null : Instant.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalidField("from", "calendar.instant.invalid", from);
        }
        if (start == null) {
            throw BusinessException.invalidField("from", "calendar.instant.invalid", from);
        }
        WorkDuration parsed = WorkDuration.parse(duration);
        return new Deadline(code, start, parsed.toString(), calendars.deadline(code, start, parsed));
    }

    private static DayOfWeek dayOfWeek(String day) {
        try {
            return DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("day", "calendar.weekday.invalid", day);
        }
    }

    private static LocalDate date(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalidField("date", "calendar.date.invalid", date);
        }
    }
}
