package org.vocdesk.returns.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.returns.entity.CompensationClaimTest.assertKey;

/** Quantities, the state flow, the analysis rules and the warranty check of a return request. */
class ReturnRequestTest {

    private static final Instant NOW = Instant.parse("2025-03-06T02:00:00Z");
    private static final LocalDate COMPLAINED = LocalDate.of(2025, 3, 6);

    @Test
    void aRequestNeedsAProductAPositiveQuantityAndADisposition() {
        assertKey(() -> request(new NewReturn(" ", 5, Disposition.REPAIR, null, null)), "returns.error.productRequired");
        assertKey(() -> request(new NewReturn("H-200", 0, Disposition.REPAIR, null, null)), "returns.error.quantityRequested");
        assertKey(() -> request(new NewReturn("H-200", null, Disposition.REPAIR, null, null)), "returns.error.quantityRequested");
        assertKey(() -> request(new NewReturn("H-200", 5, null, null, null)), "returns.error.dispositionRequired");
    }

    @Test
    void theReceivedQuantityIsAtMostTheRequestedOne() {
        ReturnRequest request = request(10);
        assertKey(() -> request.receive(11, "wh", NOW), "returns.error.quantityReceived");
        assertKey(() -> request.receive(-1, "wh", NOW), "returns.error.quantityReceived");
        assertKey(() -> request.receive(null, "wh", NOW), "returns.error.quantityReceived");
        assertThat(request.getStatus()).isEqualTo(ReturnStatus.REQUESTED);
        request.receive(10, "wh", NOW);
        assertThat(request.getQuantityReceived()).isEqualTo(10);
        assertThat(request.getStatus()).isEqualTo(ReturnStatus.RECEIVED);
    }

    @Test
    void theAcceptedQuantityIsAtMostTheReceivedOne() {
        ReturnRequest request = received(10, 8);
        assertKey(() -> request.analyse(analysis(AnalysisResult.DEFECT_CONFIRMED, 9, null, null), "lab", NOW), "returns.error.quantityAccepted");
        assertKey(() -> request.analyse(analysis(AnalysisResult.DEFECT_CONFIRMED, -1, null, null), "lab", NOW), "returns.error.quantityAccepted");
        assertThat(request.getStatus()).isEqualTo(ReturnStatus.RECEIVED);
        request.analyse(analysis(AnalysisResult.DEFECT_CONFIRMED, 8, new BigDecimal("1280.5"), "cny"), "lab", NOW);
        assertThat(request.getQuantityAccepted()).isEqualTo(8);
        assertThat(request.getWarrantyCost()).hasToString("1280.50 CNY");
        assertThat(request.getStatus()).isEqualTo(ReturnStatus.ANALYSED);
    }

    @Test
    void noTroubleFoundAcceptsNothing() {
        ReturnRequest request = received(4, 4);
        assertKey(() -> request.analyse(analysis(AnalysisResult.NO_TROUBLE_FOUND, 1, null, null), "lab", NOW),
                "returns.error.nothingAcceptedWhen.NO_TROUBLE_FOUND");
        request.analyse(analysis(AnalysisResult.NO_TROUBLE_FOUND, 0, BigDecimal.ZERO, "CNY"), "lab", NOW);
        assertThat(request.getAnalysisResult()).isEqualTo(AnalysisResult.NO_TROUBLE_FOUND);
        assertThat(request.getQuantityAccepted()).isZero();
    }

    @Test
    void theWarrantyCostIsAValidAmountInAKnownCurrency() {
        ReturnRequest request = received(4, 4);
        assertKey(() -> request.analyse(analysis(AnalysisResult.DEFECT_CONFIRMED, 4, new BigDecimal("-1"), "CNY"), "lab", NOW), "returns.error.amountInvalid");
        assertKey(() -> request.analyse(analysis(AnalysisResult.DEFECT_CONFIRMED, 4, new BigDecimal("1.234"), "CNY"), "lab", NOW), "returns.error.amountInvalid");
        assertKey(() -> request.analyse(analysis(AnalysisResult.DEFECT_CONFIRMED, 4, BigDecimal.TEN, "RMB"), "lab", NOW), "returns.error.currencyUnknown");
        assertKey(() -> request.analyse(analysis(AnalysisResult.DEFECT_CONFIRMED, 4, null, "CNY"), "lab", NOW), "returns.error.amountRequired");
        assertKey(() -> request.analyse(analysis(AnalysisResult.DEFECT_CONFIRMED, 4, BigDecimal.TEN, null), "lab", NOW), "returns.error.currencyUnknown");
        assertThat(request.getWarrantyCost()).isNull();
        assertThat(request.getStatus()).isEqualTo(ReturnStatus.RECEIVED);
    }

    @Test
    void theFlowGoesRequestedReceivedAnalysedCompletedAndCancelsOnlyBeforeTheAnalysis() {
        ReturnRequest request = request(3);
        assertKey(() -> request.analyse(analysis(AnalysisResult.DEFECT_CONFIRMED, 0, null, null), "lab", NOW), "returns.error.wrongStatus.REQUESTED");
        assertKey(() -> request.complete(null, "c", NOW), "returns.error.wrongStatus.REQUESTED");
        request.receive(3, "wh", NOW);
        assertKey(() -> request.receive(3, "wh", NOW), "returns.error.wrongStatus.RECEIVED");
        request.analyse(analysis(AnalysisResult.DEFECT_CONFIRMED, 3, null, null), "lab", NOW);
        assertKey(() -> request.cancel("no longer", "c", NOW), "returns.error.wrongStatus.ANALYSED");
        request.complete("已换新 3 件", "c", NOW);
        assertThat(request.getStatus()).isEqualTo(ReturnStatus.COMPLETED);
        assertThat(request.getClosedBy()).isEqualTo("c");
        assertKey(() -> request.complete(null, "c", NOW), "returns.error.wrongStatus.COMPLETED");

        ReturnRequest other = request(3);
        assertKey(() -> other.cancel(" ", "c", NOW), "returns.error.cancelReasonRequired");
        other.cancel("顾客撤回", "c", NOW);
        assertThat(other.getStatus()).isEqualTo(ReturnStatus.CANCELLED);
        assertKey(() -> other.receive(1, "wh", NOW), "returns.error.wrongStatus.CANCELLED");
    }

    @Test
    void theWarrantyIsCheckedAgainstTheDeliveryDateWhenItIsGiven() {
        assertThat(request(new NewReturn("H", 1, Disposition.REPLACE, LocalDate.of(2024, 3, 6), null)).getWarranty())
                .isEqualTo(Warranty.IN_WARRANTY);
        ReturnRequest expired = request(new NewReturn("H", 1, Disposition.REPLACE, LocalDate.of(2024, 3, 5), null));
        assertThat(expired.getWarranty()).isEqualTo(Warranty.EXPIRED);
        assertThat(expired.getWarrantyUntil()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(request(3).getWarranty()).isEqualTo(Warranty.UNKNOWN);
        assertKey(() -> request(new NewReturn("H", 1, Disposition.REFUND, COMPLAINED.plusDays(1), null)), "returns.error.deliveredAfterComplaint");
    }

    private static ReturnRequest request(int quantity) {
        return request(new NewReturn("H-200 外壳", quantity, Disposition.REPLACE, null, "开裂"));
    }

    private static ReturnRequest request(NewReturn input) {
        return new ReturnRequest(1, input, COMPLAINED, 12, "clerk", NOW);
    }

    private static ReturnRequest received(int requested, int received) {
        ReturnRequest request = request(requested);
        request.receive(received, "wh", NOW);
        return request;
    }

    private static Analysis analysis(AnalysisResult result, int accepted, BigDecimal amount, String currency) {
        return new Analysis(AnalysisMethod.LAB, result, accepted, amount, currency, "X-ray: crack at the boss");
    }
}
