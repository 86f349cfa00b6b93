package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.entity.BusinessException;

import java.io.OutputStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * The monthly feedback analysis ({@code monthly-analysis}): month=yyyy-MM (default: this month), optionally
 * departmentId; for the roles that see the KPIs (the analysis pages).
 */
@ApplicationScoped
public class MonthlyKind implements ReportKind {

    @Inject
    MonthlyReport report;

    @Inject
    ReportSettings settings;

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return "monthly-analysis";
    }

    @Override
    public Set<String> roles() {
        return Set.of(DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR);
    }

    @Override
    public Map<String, String> check(Map<String, String> parameters) {
        Map<String, String> checked = new LinkedHashMap<>();
        checked.put("month", month(parameters.get("month")).toString());
        String department = parameters.get("departmentId");
        if (department != null && !department.isBlank()) {
            try {
                if (em.find(Department.class, Long.valueOf(department.strip())) == null) {
                    throw BusinessException.invalidField("departmentId", "report.parameter.invalid", "departmentId", department);
                }
            } catch (NumberFormatException e) {
                throw BusinessException.invalidField("departmentId", "report.parameter.invalid", "departmentId", department);
            }
            checked.put("departmentId", department.strip());
        }
        return checked;
    }

    private YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return YearMonth.now(settings.zone());
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalidField("month", "report.parameter.month", value);
        }
    }

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public String fileName(ReportOrder order) {
        return "monthly-analysis-" + order.parameter("month") + ".pdf";
    }

    @Override
    public void write(ReportOrder order, Progress progress, OutputStream out) {
        YearMonth month = YearMonth.parse(order.parameter("month"));
        Long department = order.parameter("departmentId") == null ? null : Long.valueOf(order.parameter("departmentId"));
        String filters = Messages.get(order.locale(), "report.filter.month") + " " + month;
        if (department != null) {
            filters += "; " + Messages.get(order.locale(), "complaint.field.department") + " " + em.find(Department.class, department).getName();
        }
        progress.at(0, 1);
        report.pdf(month, department, order.request(filters), out);
        progress.at(1, 1);
    }
}
