package org.vocdesk.returns.entity;

import jakarta.validation.constraints.NotNull;
import org.vocdesk.platform.entity.Text;

import java.time.LocalDate;

/** A return request as entered: deliveredOn (optional) is the delivery date used for the 三包 check. */
public record NewReturn(@Text(max = 100, required = true) String product, @NotNull Integer quantityRequested,
                        @NotNull Disposition disposition, LocalDate deliveredOn, @Text(max = 2000) String reason) {
}
