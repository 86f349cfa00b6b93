package org.vocdesk.returns.entity;

import jakarta.validation.constraints.NotNull;
import org.vocdesk.platform.entity.Text;

import java.math.BigDecimal;

/**
 * The failure analysis of the returned parts: method, finding, how many are accepted as a warranty case and
 * the warranty cost (optional; amount and ISO 4217 currency).
 */
public record Analysis(@NotNull AnalysisMethod method, @NotNull AnalysisResult result, @NotNull Integer quantityAccepted,
                       BigDecimal costAmount, @Text(max = 3) String costCurrency, @Text(max = 4000) String notes) {
}
