package org.vocdesk.escalation.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.vocdesk.escalation.boundary.StepsOverview;
import org.vocdesk.escalation.entity.EscalationStep;
import org.vocdesk.escalation.entity.StepFilter;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One page of escalation steps at a time, filtered and counted in the database, latest due first. */
public class StepsLazyModel extends LazyDataModel<EscalationStep> {

    /** The page's current filter; serializable because the model lives in a view-scoped bean. */
    public interface CurrentFilter extends Supplier<StepFilter>, Serializable {
    }

    private final StepsOverview steps;
    private final CurrentFilter filter;

    public StepsLazyModel(StepsOverview steps, CurrentFilter filter) {
        this.steps = steps;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, steps.count(filter.get()));
    }

    @Override
    public List<EscalationStep> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return steps.page(filter.get(), first, pageSize);
    }

    @Override
    public String getRowKey(EscalationStep step) {
        return String.valueOf(step.getId());
    }

    @Override
    public EscalationStep getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(s -> String.valueOf(s.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
