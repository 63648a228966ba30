package dev.roster.mfa.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecondFactorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcd-efgh-ijkm-npqr", "ABCD-EFGH-IJKM-NPQR", "abcdefghijkmnpqr", " abcd efgh ijkm npqr "})
    void aRecoveryCodeIsReadAsTypedWithOrWithoutItsDashes(String typed) {
        assertEquals("abcdefghijkmnpqr", SecondFactors.normalizeRecoveryCode(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abcd-efgh-ijkm-npq", "abcd-efgh-ijkm-npqrs", "abcd-efgh-ijkm-npq0", "abcd-efgh-ijkm-npql", "abcd_efgh_ijkm_npqr"})
    void anythingElseIsNoRecoveryCode(String typed) {
        assertNull(SecondFactors.normalizeRecoveryCode(typed));
    }
}
