package dev.roster.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredActionsTest {

    private static RequiredActions withMfaRequiredForAdmins(boolean required) {
        RequiredActions actions = new RequiredActions();
        actions.mfaRequiredForAdmins = required;
        return actions;
    }

    @Test
    void theStoredActionsInTheirOrder() {
        RequiredActions actions = withMfaRequiredForAdmins(false);
        assertEquals(List.of(), actions.of(true, false, null));
        assertEquals(List.of("change_password", "enrol_mfa"), actions.of(false, false, "enrol_mfa,change_password"));
        assertEquals(List.of("change_password"), actions.of(false, false, "change_password,unknown"));
    }

    @Test
    void anAdministratorWithoutASecondFactorEnrolsWhenTheSettingSaysSo() {
        RequiredActions actions = withMfaRequiredForAdmins(true);
        assertEquals(List.of("enrol_mfa"), actions.of(true, false, null));
        assertEquals(List.of("change_password", "enrol_mfa"), actions.of(true, false, "change_password"));
        assertEquals(List.of(), actions.of(false, false, null), "not a user");
        assertEquals(List.of(), actions.of(true, true, null), "nor an administrator who has one");
        assertEquals(List.of("change_password"), actions.of(true, true, "change_password,enrol_mfa"), "an enrolment done is done");
    }
}
