package org.vocdesk.customer.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerSearchTest {

    @Test
    void patternIsLowerCasedAndEscaped() {
        assertThat(CustomerSearch.pattern("  ")).isNull();
        assertThat(CustomerSearch.pattern(" ACME ")).isEqualTo("%acme%");
        assertThat(CustomerSearch.pattern("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
        assertThat(CustomerSearch.pattern("杭州")).isEqualTo("%杭州%");
    }

    @Test
    void sortIsWhitelisted() {
        assertThat(CustomerSearch.orderBy(null)).isEqualTo(" order by c.code");
        assertThat(CustomerSearch.orderBy("-code")).isEqualTo(" order by c.code desc");
        assertThat(CustomerSearch.orderBy("-name")).isEqualTo(" order by c.name desc, c.code");
        assertThat(CustomerSearch.orderBy("name; drop table customer")).isEqualTo(" order by c.code");
    }

    @Test
    void pageSizeIsBounded() {
        assertThat(CustomerSearch.pageSize(null)).isEqualTo(25);
        assertThat(CustomerSearch.pageSize(10_000)).isEqualTo(200);
        assertThat(CustomerSearch.first(-5)).isZero();
    }
}
