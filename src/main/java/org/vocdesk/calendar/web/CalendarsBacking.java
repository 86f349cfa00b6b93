package org.vocdesk.calendar.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.vocdesk.calendar.boundary.CalendarView;
import org.vocdesk.calendar.boundary.Calendars;
import org.vocdesk.calendar.boundary.DayFileFormat;
import org.vocdesk.calendar.boundary.ImportResult;
import org.vocdesk.calendar.entity.DayEntry;
import org.vocdesk.calendar.entity.DayKind;
import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.web.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The business calendars page: the administrator creates and edits calendars, their weekly hours and
 * exception days (typed or imported); the auditor reads. Every change is one call of {@link Calendars}.
 */
@Named
@ViewScoped
public class CalendarsBacking implements Serializable {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (EEE)");

    @Inject
    Calendars calendars;

    private List<CalendarView> list;
    private CalendarView selected;
    private boolean creating;
    private String code;
    private String name;
    private String timeZone;
    private String weekdayHours;

    private DayOfWeek weekday = DayOfWeek.MONDAY;
    private String hours;

    private int year = Year.now().getValue();
    private List<DayEntry> days = List.of();
    private LocalDate dayDate;
    private DayKind dayKind = DayKind.HOLIDAY;
    private String dayName;

    private transient UploadedFile file;
    private ImportResult imported;

    private LocalDateTime from;
    private String duration;
    private String due;

    @PostConstruct
    void init() {
        list = calendars.list();
        String first = list.stream().map(CalendarView::code).filter(c -> c.equals(calendars.defaultCode()))
                .findFirst().orElse(list.isEmpty() ? null : list.get(0).code());
        if (first != null) {
            open(first);
        } else {
            startNew();
        }
    }

    public void open(String calendarCode) {
        creating = false;
        selected = calendars.get(calendarCode);
        code = selected.code();
        name = selected.name();
        timeZone = selected.timeZone();
        hours = selected.weekdayHours().get(weekday.name());
        imported = null;
        due = null;
        loadDays();
    }

    public void startNew() {
        creating = true;
        selected = null;
        code = null;
        name = null;
        timeZone = "Asia/Shanghai";
        weekdayHours = "08:30-12:00,13:00-17:30";
        days = List.of();
    }

    public void save() {
        CalendarView saved = creating ? calendars.create(code, name, timeZone, weekdayHours)
                : calendars.update(code, name, timeZone, selected.version());
        FacesMessages.info(creating ? "calendar.page.created" : "calendar.page.saved", saved.code());
        reload(saved.code());
    }

    /** Shows the hours of the weekday just chosen, to be edited. */
    public void weekdayChosen() {
        hours = selected.weekdayHours().get(weekday.name());
    }

    public void saveHours() {
        calendars.setWeekdayHours(code, weekday, hours, selected.version());
        FacesMessages.info("calendar.page.hoursSaved", weekdayLabel());
        reload(code);
    }

    public void loadDays() {
        days = calendars.days(code, year);
    }

    public void addDay() {
        calendars.markDay(code, dayDate, dayKind, dayName);
        FacesMessages.info("calendar.page.dayAdded", dayDate);
        year = dayDate.getYear();
        dayDate = null;
        dayName = null;
        reload(code);
    }

    public void removeDay(LocalDate date) {
        calendars.removeDay(code, date);
        FacesMessages.info("calendar.page.dayRemoved", date);
        reload(code);
    }

    public void upload() throws IOException {
        imported = null;
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("calendar.page.noFile");
            return;
        }
        String content;
        try (InputStream in = file.getInputStream()) {
            // one character more than allowed is enough for the boundary to refuse the file as too large
            content = new String(in.readNBytes(Calendars.MAX_FILE_CHARS + 1), StandardCharsets.UTF_8);
        }
        ImportResult result = calendars.importDays(code, content, DayFileFormat.ofFileName(file.getFileName()));
        reload(code);
        imported = result;
    }

    /** The due time of a working duration started at {@code from}, both in the calendar's time zone. */
    public void compute() {
        ZoneId zone = ZoneId.of(selected.timeZone());
        due = calendars.deadline(code, from.atZone(zone).toInstant(), WorkDuration.parse(duration))
                .atZone(zone).format(DUE.withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    private void reload(String calendarCode) {
        list = calendars.list();
        open(calendarCode);
    }

    private String weekdayLabel() {
        return text("calendar.weekday." + weekday.name());
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    public boolean isCanChange() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ADMINISTRATOR.name());
    }

    public DayOfWeek[] getWeekdays() { return DayOfWeek.values(); }

    public DayKind[] getKinds() { return DayKind.values(); }

    public List<CalendarView> getList() { return list; }

    public CalendarView getSelected() { return selected; }

    public boolean isCreating() { return creating; }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getTimeZone() { return timeZone; }

    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }

    public String getWeekdayHours() { return weekdayHours; }

    public void setWeekdayHours(String weekdayHours) { this.weekdayHours = weekdayHours; }

    public DayOfWeek getWeekday() { return weekday; }

    public void setWeekday(DayOfWeek weekday) { this.weekday = weekday; }

    public String getHours() { return hours; }

    public void setHours(String hours) { this.hours = hours; }

    public int getYear() { return year; }

    public void setYear(int year) { this.year = year; }

    public List<DayEntry> getDays() { return days; }

    public LocalDate getDayDate() { return dayDate; }

    public void setDayDate(LocalDate dayDate) { this.dayDate = dayDate; }

    public DayKind getDayKind() { return dayKind; }

    public void setDayKind(DayKind dayKind) { this.dayKind = dayKind; }

    public String getDayName() { return dayName; }

    public void setDayName(String dayName) { this.dayName = dayName; }

    public UploadedFile getFile() { return file; }

    public void setFile(UploadedFile file) { this.file = file; }

    /** What the last import did, kept on the page next to the file it came from. */
    public String getImportSummary() {
        return imported == null ? null : text("calendar.page.imported", imported.read(), imported.added(), imported.changed());
    }

    public LocalDateTime getFrom() { return from; }

    public void setFrom(LocalDateTime from) { this.from = from; }

    public String getDuration() { return duration; }

    public void setDuration(String duration) { this.duration = duration; }

    public String getDue() { return due; }
}
