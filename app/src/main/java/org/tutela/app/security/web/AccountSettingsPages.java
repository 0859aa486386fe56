package org.tutela.app.security.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.servlet.http.HttpSession;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.app.security.Accounts;
import org.tutela.app.security.ApiTokens;
import org.tutela.app.security.PasswordPolicy;
import org.tutela.app.security.Role;

/**
 * What a user changes on their own account page: the second factor (enrolled with a QR code and confirmed
 * with a first code; the recovery codes shown once), the password (current one required, policy applied),
 * and API access tokens (shown once on creation, listed, revoked). Everything here acts on the logged-in
 * user only.
 */
@Controller
public class AccountSettingsPages {
    static final String PENDING_SECRET = "tutela.totp.pending";
    private final Accounts accounts;
    private final ApiTokens tokens;

    public AccountSettingsPages(Accounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** Starts (or restarts) an enrolment: a new secret waits in the session until a first code confirms it. */
    @PostMapping("/security/totp")
    public String startEnrolment(HttpSession session) {
        session.setAttribute(PENDING_SECRET, Accounts.newSecondFactorSecret());
        return "redirect:/security/totp";
    }

    @GetMapping("/security/totp")
    public String enrolment(@AuthenticationPrincipal TutelaUser user, HttpSession session, @RequestParam Optional<String> wrong, Model model) {
        Object secret = session.getAttribute(PENDING_SECRET);
        if (!(secret instanceof String s)) {
            return "redirect:/security/account";
        }
        model.addAttribute("secret", s.replaceAll("(.{4})", "$1 ").strip());
        model.addAttribute("uri", Accounts.secondFactorUri(user.name(), s));
        model.addAttribute("wrong", wrong.isPresent());
        return "security/totp";
    }

    /** The otpauth URI of the pending secret as a QR code, drawn on the server: the page needs no script. */
    @GetMapping(value = "/security/totp/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal TutelaUser user, HttpSession session) {
        Object secret = session.getAttribute(PENDING_SECRET);
        if (!(secret instanceof String s)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(png(Accounts.secondFactorUri(user.name(), s)));
    }

    @PostMapping("/security/totp/confirm")
    public String confirmEnrolment(@AuthenticationPrincipal TutelaUser user, HttpSession session, @RequestParam String code, Model model) {
        Object secret = session.getAttribute(PENDING_SECRET);
        if (!(secret instanceof String s)) {
            return "redirect:/security/account";
        }
        Optional<Accounts.SecondFactor> factor = accounts.confirmSecondFactor(user.name(), s, code);
        if (factor.isEmpty()) {
            return "redirect:/security/totp?wrong";
        }
        session.removeAttribute(PENDING_SECRET);
        // enrolment moved the account's session epoch on (every other session ends); this one is renewed
        session.invalidate();
        model.addAttribute("codes", factor.get().recoveryCodes());
        return "security/recovery-codes";
    }

    @PostMapping("/security/password")
    public String changePassword(@AuthenticationPrincipal TutelaUser user, HttpSession session, @RequestParam String current,
                                 @RequestParam("password") String password, @RequestParam("repeat") String repeat, Model model) {
        String problem;
        if (!password.equals(repeat)) {
            problem = "password.mismatch";
        } else {
            try {
                if (accounts.changeOwnPassword(user.name(), current.toCharArray(), password.toCharArray())) {
                    session.invalidate();
                    return "redirect:/login?changed";
                }
                problem = "password.wrongCurrent";
            } catch (PasswordPolicy.RejectedPasswordException e) {
                model.addAttribute("passwordProblemText", e.getMessage());
                return "security/password-refused";
            }
        }
        model.addAttribute("passwordProblem", problem);
        return "security/password-refused";
    }

    @PostMapping("/security/tokens")
    public String createToken(@AuthenticationPrincipal TutelaUser user, @RequestParam Optional<String> label, @RequestParam Optional<String> role,
                              @RequestParam Optional<List<String>> compartment, @RequestParam(defaultValue = "30") int days, Model model) {
        ApiTokens.Issued issued = tokens.create(user.name(), role.filter(r -> !r.isBlank()).map(Role::parse),
                new TreeSet<>(compartment.orElse(List.of())), Duration.ofDays(days), label.orElse(""), user.name());
        model.addAttribute("secret", issued.secret());
        model.addAttribute("token", issued.token());
        return "security/token-created";
    }

    @PostMapping("/security/tokens/{id}/revoke")
    public String revokeToken(@AuthenticationPrincipal TutelaUser user, @PathVariable String id) {
        tokens.revoke(Optional.of(user.name()), id, user.name());
        return "redirect:/security/account?revoked";
    }

    /** A refused token (a role or compartment beyond the owner's, a bad expiry) is a page saying why. */
    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalArgumentException.class)
    org.springframework.web.servlet.ModelAndView refused(IllegalArgumentException e) {
        org.springframework.web.servlet.ModelAndView view = new org.springframework.web.servlet.ModelAndView("error");
        view.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
        view.addObject("status", 400);
        view.addObject("problem", e.getMessage());
        return view;
    }

    static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            int scale = 6;
            BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0xff000000 : 0xffffffff);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("cannot draw the QR code: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
