package org.vocdesk.customer.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.customer.entity.FieldProblem;
import org.vocdesk.platform.control.Messages;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerCsvTest {

    private static final String HEADER = "code,name,address,phone,contact,email,transactions,notes\n";

    private static CustomerCsv.Result read(String text) {
        return CustomerCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAGoodFile() {
        CustomerCsv.Result result = read(HEADER
                + "C0001,杭州精工机械有限公司,杭州市西湖区,0571-88886666,张伟,zhang@example.cn,12,重点客户\n"
                + "c0002,ACME Ltd.,,,,,,\n");
        assertThat(result.acceptable()).isTrue();
        assertThat(result.rows()).hasSize(2);
        CustomerCsv.Row first = result.rows().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.data().name()).isEqualTo("杭州精工机械有限公司");
        assertThat(first.data().contactPerson()).isEqualTo("张伟");
        assertThat(first.data().transactionCount()).isEqualTo(12);
        assertThat(result.rows().get(1).data().code()).isEqualTo("C0002");
        assertThat(result.rows().get(1).data().transactionCount()).isZero();
    }

    @Test
    void acceptsByteOrderMarkChineseHeadersAnyColumnOrderAndCrLf() {
        String text = "\uFEFF名称,编码,地址,电话,联系人,邮箱,交易次数,备注\r\n"
                + "宁波海天塑机,C0100,宁波,,李娜,,3,\r\n";
        CustomerCsv.Result result = read(text);
        assertThat(result.acceptable()).isTrue();
        assertThat(result.rows()).singleElement().satisfies(r -> {
            assertThat(r.data().code()).isEqualTo("C0100");
            assertThat(r.data().name()).isEqualTo("宁波海天塑机");
            assertThat(r.line()).isEqualTo(2);
        });
    }

    @Test
    void headerNamesIgnoreCaseAndSpaces() {
        assertThat(read(" Code , NAME,address,phone,contact,email,transactions,notes\nC1,N,,,,,,\n").acceptable()).isTrue();
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaksWithoutShiftingLineNumbers() {
        CustomerCsv.Result result = read(HEADER
                + "C1,\"Smith, Jones & Co.\",\"Line one\nLine two\nLine three\",,,,1,\"He said \"\"hi\"\"\"\n"
                + "C2,Good,,,,,2,\n"
                + "C3,,,,,,x,\n");
        assertThat(result.rows()).extracting(CustomerCsv.Row::line).containsExactly(2, 5);
        assertThat(result.rows().get(0).data().name()).isEqualTo("Smith, Jones & Co.");
        assertThat(result.rows().get(0).data().address()).isEqualTo("Line one\nLine two\nLine three");
        assertThat(result.rows().get(0).data().notes()).isEqualTo("He said \"hi\"");
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(6));
    }

    @Test
    void reportsEveryBadRowWithLineNumberAndAllReasons() {
        CustomerCsv.Result result = read(HEADER
                + "C1,Good,,,,,1,\n"
                + ",No code,,,,,1,\n"
                + "C3,,,,,bad-mail,-2,\n"
                + "\n"
                + "C5,Bad count,,,,,many,\n"
                + "C6,Too few fields\n");
        assertThat(result.acceptable()).isFalse();
        assertThat(result.rows()).extracting(CustomerCsv.Row::line).containsExactly(2);
        assertThat(result.errors()).extracting(CustomerCsv.RowError::line).containsExactly(3, 4, 6, 7);
        assertThat(result.errors().get(0).problems()).extracting(FieldProblem::key).containsExactly("customer.error.codeRequired");
        assertThat(result.errors().get(1).problems()).extracting(FieldProblem::key)
                .containsExactly("customer.error.nameRequired", "customer.error.emailInvalid", "customer.error.transactionsNegative");
        assertThat(result.errors().get(2).problems()).extracting(FieldProblem::key)
                .containsExactly("customer.error.transactionsNotNumber");
        assertThat(result.errors().get(3).code()).isEqualTo("C6");
        assertThat(result.errors().get(3).problems()).extracting(FieldProblem::key).containsExactly("customer.csv.fieldCount");
    }

    @Test
    void reasonsAreInTheUsersLanguage() {
        CustomerCsv.Result result = read(HEADER + "C1,Good,,,,,1,\nC3,,,,,bad-mail,abc,\n");
        ImportReport english = ImportReport.refused(result, Messages.ENGLISH);
        assertThat(english.stored()).isFalse();
        assertThat(english.message()).isEqualTo("Nothing was imported: 1 row(s) have errors. Correct them and import the whole file again.");
        assertThat(english.errors()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.code()).isEqualTo("C3");
            assertThat(r.reasons()).containsExactly(
                    "Transactions: The number of transactions must be a whole number of 0 or more, not \"abc\".",
                    "Name: The name is required.",
                    "E-mail: The e-mail address is not valid.");
        });
        ImportReport chinese = ImportReport.refused(result, Messages.CHINESE);
        assertThat(chinese.errors().get(0).reasons()).containsExactly(
                "交易次数: 交易次数必须是大于或等于 0 的整数，而不是“abc”。", "名称: 名称为必填项。", "邮箱: 邮箱地址无效。");
        assertThat(chinese.message()).startsWith("未导入任何数据：1 行有错误");
    }

    @Test
    void duplicateCodesInsideTheFileAreBadRows() {
        CustomerCsv.Result result = read(HEADER + "C1,A,,,,,1,\nC2,B,,,,,1,\nc1,A again,,,,,1,\n");
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.problems()).containsExactly(FieldProblem.of("code", "customer.csv.duplicateCode", "C1", 2));
        });
        assertThat(ImportReport.reason(Messages.ENGLISH, result.errors().get(0).problems().get(0)))
                .isEqualTo("Code: The code C1 already appears on line 2 of this file.");
    }

    @Test
    void refusesTooLargeFiles() {
        byte[] big = new byte[CustomerCsv.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        CustomerCsv.Result result = CustomerCsv.read(big);
        assertThat(result.acceptable()).isFalse();
        assertThat(result.fileProblem().key()).isEqualTo("customer.csv.tooLarge");
        assertThat(ImportReport.refused(result, Messages.ENGLISH).message())
                .isEqualTo("The file is too large: at most 5 MB are accepted. Split it into several files.");
    }

    @Test
    void refusesTooManyRows() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i <= CustomerCsv.MAX_ROWS; i++) {
            text.append('C').append(i).append(",N,,,,,1,\n");
        }
        CustomerCsv.Result result = read(text.toString());
        assertThat(result.fileProblem().key()).isEqualTo("customer.csv.tooManyRows");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void acceptsExactlyTheMaximumNumberOfRows() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < CustomerCsv.MAX_ROWS; i++) {
            text.append('C').append(i).append(",N,,,,,1,\n");
        }
        assertThat(read(text.toString()).rows()).hasSize(CustomerCsv.MAX_ROWS);
    }

    @Test
    void refusesFilesThatAreNotUtf8() {
        byte[] gbk = (HEADER + "C1,杭州精工,,,,,1,\n").getBytes(Charset.forName("GBK"));
        assertThat(CustomerCsv.read(gbk).fileProblem().key()).isEqualTo("customer.csv.notUtf8");
    }

    @Test
    void refusesBadHeaders() {
        assertThat(read("").fileProblem().key()).isEqualTo("customer.csv.empty");
        assertThat(read(HEADER).fileProblem().key()).isEqualTo("customer.csv.noRows");
        CustomerCsv.Result missing = read("code,name\nC1,N\n");
        assertThat(missing.fileProblem().key()).isEqualTo("customer.csv.missingColumns");
        assertThat(missing.fileProblem().arguments()).containsExactly(
                "address/地址, phone/电话, contact/联系人, email/邮箱, transactions/交易次数, notes/备注");
        assertThat(read("code,name,address,phone,contact,emial,transactions,notes\nC1,N,,,,,,\n").fileProblem().key())
                .isEqualTo("customer.csv.unknownColumns");
        assertThat(read("code,编码,name,address,phone,contact,email,transactions,notes\n").fileProblem().key())
                .isEqualTo("customer.csv.duplicateColumn");
    }

    @Test
    void refusesUnclosedQuotes() {
        assertThat(read(HEADER + "C1,\"never closed,,,,,1,\n").fileProblem().key()).isEqualTo("customer.csv.malformed");
    }

    @Test
    void lineNumbersCountSkippedEmptyLines() {
        CustomerCsv.Result result = read(HEADER + "\n\r\n\nC1,,,,,,1,\n\n\nC2,,,,,,1,\n");
        assertThat(result.errors()).extracting(CustomerCsv.RowError::line).containsExactly(5, 8);
    }

    @Test
    void skipsRowsThatAreEntirelyEmpty() {
        CustomerCsv.Result result = read(HEADER + ",,,,,,,\nC1,N,,,,,1,\n , ,,,,,,\n");
        assertThat(result.acceptable()).isTrue();
        assertThat(result.rows()).extracting(CustomerCsv.Row::line).containsExactly(3);
    }
}
