import estimator.client.ApiClient;
import estimator.client.ApiException;
import estimator.client.ApiResponse;
import estimator.client.api.DefaultApi;
import estimator.client.model.CostSharing;
import estimator.client.model.EstimateRequest;
import estimator.client.model.EstimateResponse;
import estimator.client.model.FeeResponse;
import estimator.client.model.ImagingGuidance;
import estimator.client.model.LineInput;
import estimator.client.model.MedicareAdvantage;
import estimator.client.model.PriorAuthorization;
import estimator.client.model.SessionRequest;
import estimator.client.model.SessionResponse;
import estimator.client.model.Setting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a client developer writes with the generated java (native) client: one call per operation, fields set
 * with the builder methods and nothing else (no units, modifiers or lines unless meant). Compiled with the
 * generated sources by GeneratedClientsTest and run against `serve`; it reports what came back, one line.
 */
public final class ClientProbe {
    private ClientProbe() {}

    public static String run(String baseUrl) throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        DefaultApi api = new DefaultApi(client);
        try {
            ApiResponse<FeeResponse> fee = api.getFeeWithHttpInfo("62321", Setting.NON_FACILITY, "0111205", null,
                    LocalDate.parse("2025-06-01"), null, null);
            EstimateRequest estimateRequest = new EstimateRequest()
                    .patientId("JAVA-CLIENT-PATIENT")
                    .dateOfService(LocalDate.parse("2025-06-01"))
                    .setting(Setting.FACILITY)
                    .locality("0111205")
                    .code("62321")
                    .imagingGuidance(ImagingGuidance.FLUOROSCOPY)
                    .deductibleRemaining(BigDecimal.ZERO);
            ApiResponse<EstimateResponse> estimate = api.estimateWithHttpInfo(estimateRequest);
            EstimateRequest advantageRequest = new EstimateRequest()
                    .patientId("JAVA-CLIENT-MEMBER")
                    .dateOfService(LocalDate.parse("2025-06-01"))
                    .setting(Setting.NON_FACILITY)
                    .locality("0111205")
                    .code("62321")
                    .medicareAdvantage(new MedicareAdvantage()
                            .physician(new CostSharing().coinsurancePercent(new BigDecimal("20")))
                            .allowedPercentOfMedicare(new BigDecimal("95"))
                            .priorAuthorization(PriorAuthorization.OBTAINED));
            ApiResponse<EstimateResponse> advantage = api.estimateWithHttpInfo(advantageRequest);
            SessionRequest session = new SessionRequest()
                    .patientId("JAVA-CLIENT-PATIENT")
                    .dateOfService(LocalDate.parse("2025-04-01"))
                    .lines(List.of(new LineInput().code("64479"), new LineInput().code("64480")));
            ApiResponse<SessionResponse> first = api.recordSessionWithHttpInfo(session);
            ApiResponse<SessionResponse> again = api.recordSessionWithHttpInfo(session);
            EstimateResponse e = estimate.getData();
            return "fee " + fee.getStatusCode() + " amount=" + fee.getData().getAmount().toPlainString()
                    + " limitingCharge=" + fee.getData().getLimitingCharge().toPlainString()
                    + " | estimate " + estimate.getStatusCode() + " eligible=" + e.getEligible()
                    + " allowed=" + e.getPayment().getAllowed().toPlainString()
                    + " patientPays=" + e.getPayment().getPatientPays().toPlainString()
                    + " medicarePays=" + e.getPayment().getMedicarePays().toPlainString()
                    + " windowStart=" + e.getFrequency().getWindowStart()
                    + " | advantage " + advantage.getStatusCode()
                    + " allowed=" + advantage.getData().getPayment().getAllowed().toPlainString()
                    + " patientOwes=" + advantage.getData().getPayment().getPatientOwes().toPlainString()
                    + " planPays=" + advantage.getData().getTotal().getPlanPays().toPlainString()
                    + " kind=" + advantage.getData().getCoverageKind().getValue()
                    + " priorAuthorization=" + advantage.getData().getMedicareAdvantage().getPriorAuthorization()
                    .getValue()
                    + " | session " + first.getStatusCode() + " created=" + first.getData().getCreated()
                    + " region=" + first.getData().getRegion().getValue()
                    + " lines=" + first.getData().getLines().size()
                    + " | again " + again.getStatusCode() + " created=" + again.getData().getCreated();
        } catch (ApiException e) {
            return "ApiException " + e.getCode() + ": " + e.getResponseBody();
        }
    }
}
