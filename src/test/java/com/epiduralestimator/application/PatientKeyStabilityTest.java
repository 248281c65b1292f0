package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 22: the closed set of patient ids must not re-key a single stored session. These keys were computed before
 * the change (the round-2 code, and independently as base64url(HMAC-SHA256(secret, tenant ‖ 0 ‖ id)) in Python):
 * every id that was accepted then and is in the closed set keeps exactly its key, in every spelling accepted then.
 */
class PatientKeyStabilityTest {
    private static final byte[] SECRET = "patient-keys-test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private final PatientKeys keys = new PatientKeys(SECRET, Set.of("clinic-ci"));

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', value = {
            "clinic-a|MRN-0042|I5SWKcKawPrPe-xd-qljF8aZnpqgsIVjfnnyGmTBy7k",
            "clinic-a|' MRN-0042\t'|I5SWKcKawPrPe-xd-qljF8aZnpqgsIVjfnnyGmTBy7k",
            "clinic-a|\uFF2D\uFF32\uFF2E\uFF0D\uFF10\uFF10\uFF14\uFF12|I5SWKcKawPrPe-xd-qljF8aZnpqgsIVjfnnyGmTBy7k",
            "clinic-a|MRN\u20130042|I5SWKcKawPrPe-xd-qljF8aZnpqgsIVjfnnyGmTBy7k",
            "clinic-a|MRN\u22120042|I5SWKcKawPrPe-xd-qljF8aZnpqgsIVjfnnyGmTBy7k",
            "clinic-a|mrn-0042|USnJwixvrFM-NrgeKwrSPMi7KQq3FJWMv_HoYJR_c4M",
            "clinic-ci|mrn-0042|rPchlDSpj1jzTdm0YJdbJzeUyKvdkyD95lkTSOo2vNk",
            "clinic-ci|MRN-0042|rPchlDSpj1jzTdm0YJdbJzeUyKvdkyD95lkTSOo2vNk",
            "clinic-a|A1234567|m0vrJVvOdcZ9xHYUBERp_rbOVwfVUm3YbPIa5C478ho",
            "clinic-a|12.345_67/8|9keA7fi9uEN7U5pD6fEEvGSuSdOIsfcAbYHZ6jTla10",
            "clinic-a|x|T-njQlplel7jiDD_0K_9W6lw_GLlYVp0SbE-39RdDus"})
    void anIdAcceptedBeforeAndInTheClosedSetKeepsItsStoredKey(String tenant, String spelling, String storedKey) {
        assertThat(keys.ref(tenant, spelling).patientKey()).isEqualTo(storedKey);
        assertThat(keys.refs(tenant, spelling).get(0).patientKey()).isEqualTo(storedKey);
    }
}
