package dev.roster.pages;

import dev.roster.mfa.boundary.MfaService;
import dev.roster.problems.FacesProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The two-factor card of My Profile and of the account set-up page: turn it on (a QR code and the
 * secret to type, then the app's first code), see the recovery codes once, renew them, turn it off.
 * A thin bean over {@link MfaService}, which decides everything.
 */
@Named
@ViewScoped
public class MfaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MfaService mfa;

    private boolean enabled;
    private long recoveryCodesLeft;
    private String secret;
    private String uri;
    private String code;
    private String currentPassword;
    private List<String> recoveryCodes;

    @PostConstruct
    void load() {
        FacesProblems.attempt(mfa::status).ifPresent(status -> {
            enabled = status.enabled();
            recoveryCodesLeft = status.recoveryCodesLeft();
        });
    }

    /** Starts an enrolment: the page shows the QR code and the secret. */
    public void start() {
        FacesProblems.attempt(mfa::enrol).ifPresent(enrolment -> {
            secret = enrolment.secret();
            uri = enrolment.otpauthUri();
        });
    }

    public void cancel() {
        secret = null;
        uri = null;
        code = null;
    }

    /** Confirms the enrolment with the app's first code; the recovery codes are shown once. */
    public void confirm() {
        FacesProblems.attempt(() -> mfa.confirm(code)).ifPresent(codes -> {
            recoveryCodes = codes;
            secret = null;
            uri = null;
            FacesProblems.info("Two-factor sign-in is on");
            load();
        });
        code = null;
    }

    public void renew() {
        FacesProblems.attempt(() -> mfa.renewRecoveryCodes(code)).ifPresent(codes -> {
            recoveryCodes = codes;
            FacesProblems.info("New recovery codes made; the old ones no longer work");
            load();
        });
        code = null;
    }

    public void disable() {
        if (FacesProblems.attempt(() -> mfa.disable(currentPassword, code))) {
            FacesProblems.info("Two-factor sign-in is off");
            recoveryCodes = null;
            load();
        }
        code = null;
        currentPassword = null;
    }

    /** The recovery codes were saved: they are not shown again. */
    public void savedCodes() {
        recoveryCodes = null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getRecoveryCodesLeft() {
        return recoveryCodesLeft;
    }

    public boolean isEnrolling() {
        return secret != null;
    }

    /** The secret in groups of four, as one types it into an app that cannot scan. */
    public String getSecretGroups() {
        return secret == null ? null : String.join(" ", secret.split("(?<=\\G.{4})"));
    }

    public String getQrCode() {
        return uri == null ? null : QrCodes.svg(uri, "QR code for your authenticator app");
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    /** The recovery codes as one text, for Copy. */
    public String getRecoveryCodesText() {
        return recoveryCodes == null ? null : String.join("\n", recoveryCodes);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
