package org.vocdesk.customer.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final Instant T1 = Instant.parse("2025-03-02T08:00:00Z");

    private static CustomerData data(String code, String name) {
        return new CustomerData(code, name, "杭州市西湖区文三路 1 号", "0571-88886666", "张伟", "zhang@example.cn", 5, "VIP");
    }

    @Test
    void createsANormalizedCustomerWithSearchKey() {
        Customer c = new Customer(new CustomerData(" c0001 ", " 杭州精工机械有限公司 ", " ", null, "Li Ming", "", null, null), T0);
        assertThat(c.getCode()).isEqualTo("C0001");
        assertThat(c.getName()).isEqualTo("杭州精工机械有限公司");
        assertThat(c.getAddress()).isNull();
        assertThat(c.getEmail()).isNull();
        assertThat(c.getTransactionCount()).isZero();
        assertThat(c.isActive()).isTrue();
        assertThat(c.getCreatedAt()).isEqualTo(T0);
        assertThat(c.getSearchKey()).isEqualTo("c0001 杭州精工机械有限公司 li ming");
    }

    @Test
    void acceptsEnglishNames() {
        Customer c = new Customer(data("ACME-01", "ACME Precision Parts Ltd."), T0);
        assertThat(c.getSearchKey()).startsWith("acme-01 acme precision parts ltd. 张伟 0571-88886666");
    }

    @Test
    void refusesMissingCodeAndNameWithTheFieldName() {
        assertThatThrownBy(() -> new Customer(data(" ", "X"), T0))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).field()).isEqualTo("code");
                    assertThat(((BusinessException) e).key()).isEqualTo("customer.error.codeRequired");
                });
        assertThatThrownBy(() -> new Customer(data("C1", null), T0))
                .satisfies(e -> assertThat(((BusinessException) e).key()).isEqualTo("customer.error.nameRequired"));
    }

    @Test
    void listsEveryProblemAtOnce() {
        CustomerData bad = new CustomerData("C 01", "x".repeat(201), "a".repeat(501), "call me", "c".repeat(101),
                "not-an-email", -1, "n".repeat(2001));
        assertThat(bad.problems()).extracting(FieldProblem::field)
                .containsExactly("code", "name", "address", "phone", "contactPerson", "email", "transactionCount", "notes");
    }

    @Test
    void limitsAreInclusive() {
        CustomerData max = new CustomerData("C".repeat(30), "名".repeat(200), "a".repeat(500), "+86 (571) 8888-6666 转 123",
                "c".repeat(100), "a@b.cn", 0, "n".repeat(2000));
        assertThat(max.problems()).isEmpty();
        assertThat(new CustomerData("C".repeat(31), "N", null, null, null, null, 0, null).problems())
                .extracting(FieldProblem::key).containsExactly("customer.error.codeInvalid");
    }

    @Test
    void validatesEmail() {
        assertThat(data("C1", "N").problems()).isEmpty();
        assertThat(new CustomerData("C1", "N", null, null, null, "a@b", 0, null).problems())
                .extracting(FieldProblem::key).containsExactly("customer.error.emailInvalid");
        assertThat(new CustomerData("C1", "N", null, null, null, "a b@c.cn", 0, null).problems()).hasSize(1);
    }

    @Test
    void describeReplacesDataAndTouchesUpdatedAt() {
        Customer c = new Customer(data("C1", "Old"), T0);
        c.describe(new CustomerData("c1", "New", null, null, null, null, 7, null), T1);
        assertThat(c.getName()).isEqualTo("New");
        assertThat(c.getPhone()).isNull();
        assertThat(c.getTransactionCount()).isEqualTo(7);
        assertThat(c.getCreatedAt()).isEqualTo(T0);
        assertThat(c.getUpdatedAt()).isEqualTo(T1);
        assertThat(c.getSearchKey()).isEqualTo("c1 new");
    }

    @Test
    void refusedChangeLeavesTheCustomerAsItWas() {
        Customer c = new Customer(data("C1", "Old"), T0);
        assertThatThrownBy(() -> c.describe(new CustomerData("C1", "New", null, null, null, "bad", 1, null), T1))
                .isInstanceOf(BusinessException.class);
        assertThat(c.getName()).isEqualTo("Old");
        assertThat(c.getUpdatedAt()).isEqualTo(T0);
    }

    @Test
    void deactivatesAndReactivates() {
        Customer c = new Customer(data("C1", "N"), T0);
        c.deactivate(T1);
        assertThat(c.isActive()).isFalse();
        assertThat(c.getUpdatedAt()).isEqualTo(T1);
        c.reactivate(T1.plusSeconds(5));
        assertThat(c.isActive()).isTrue();
    }
}
