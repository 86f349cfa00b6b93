package org.vocdesk.returns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.vocdesk.platform.entity.BusinessException;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** An amount of money in an ISO 4217 currency (CNY, EUR, USD...), never negative, at most two decimals. */
@Embeddable
public class Money {

    @Column(name = "cost_amount", precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "cost_currency", length = 3)
    private String currency;

    protected Money() {
    }

    private Money(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** field: the input's name for the error. */
    public static Money of(BigDecimal amount, String currency, String field) {
        if (amount == null) {
            throw BusinessException.invalidField(field, "returns.error.amountRequired");
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 12) {
            throw BusinessException.invalidField(field, "returns.error.amountInvalid", amount.toPlainString());
        }
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("currency", "returns.error.currencyUnknown", currency);
        }
        return new Money(amount.setScale(2), code);
    }

    public BigDecimal getAmount() { return amount; }

    public String getCurrency() { return currency; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money m && Objects.equals(amount, m.amount) && Objects.equals(currency, m.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    @Override
    public String toString() {
        return amount == null ? "" : amount.toPlainString() + " " + currency;
    }
}
