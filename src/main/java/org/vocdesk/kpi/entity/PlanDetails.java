package org.vocdesk.kpi.entity;

import org.vocdesk.platform.entity.Text;

import java.time.LocalDate;
import java.util.List;

/** What a manager enters for an improvement plan (改进策略执行表); complaints are given by their numbers. */
public record PlanDetails(@Text(max = 200, required = true) String title,
                          @Text(max = 4000, required = true) String problem,
                          @Text(max = 4000, required = true) String goal,
                          @Text(max = 4000, required = true) String measures,
                          Long ownerId, Kpi kpi, Long categoryId, Long departmentId,
                          LocalDate startDate, LocalDate dueDate, List<String> complaintNumbers) {
}
