package org.vocdesk.kpi.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.List;

/** Chart.js configurations for PrimeFaces' {@code p:chart} (its value is the configuration as JSON). */
final class ChartJson {

    static final String BLUE = "#3b82f6";
    static final String ORANGE = "#f59e0b";
    static final String GREEN = "#10b981";
    static final String RED = "#ef4444";

    private ChartJson() {
    }

    /** Bars with an optional line on a second axis (percent, 0-100). */
    static String bars(List<String> labels, String barLabel, List<? extends Number> bars, String color,
                       List<Line> lines, boolean horizontal) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(barLabel, bars, color).add("type", "bar").add("order", 2));
        for (Line line : lines) {
            datasets.add(dataset(line.label(), line.values(), line.color()).add("type", "line").add("yAxisID", "percent")
                    .add("order", 1).add("fill", false).add("tension", 0.2).add("spanGaps", true));
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(horizontal ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0)));
        if (!lines.isEmpty()) {
            scales.add("percent", Json.createObjectBuilder().add("position", "right").add("min", 0).add("max", 100)
                    .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("scales", scales);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", strings(labels)).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    record Line(String label, List<? extends Number> values, String color) {
    }

    private static JsonObjectBuilder dataset(String label, List<? extends Number> values, String color) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number value : values) {
            if (value == null) {
                data.addNull();
            } else if (value instanceof BigDecimal decimal) {
                data.add(decimal);
            } else {
                data.add(value.longValue());
            }
        }
        return Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", color).add("borderColor", color);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(v == null ? "" : v));
        return array;
    }
}
