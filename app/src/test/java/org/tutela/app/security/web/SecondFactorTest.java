package org.tutela.app.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.security.Totp;
import org.tutela.app.web.WebServer;

/** Enrolling a second factor on the account page (QR code, first code, recovery codes), and codes that work only once. */
class SecondFactorTest {
    static final String PASSWORD = TestUsers.PASSWORD;
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ConfigurableApplicationContext server;
    static String base;

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        server = WebServer.start(tutela, 0, "--tutela.rate.failures-per-minute=1000");
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        tutela.close();
    }

    Browser browser() {
        return new Browser(base);
    }

    /** Reads the QR code as an authenticator app would. */
    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void aUserEnrolsOnTheAccountPageWithAQrCodeAndAFirstCode() throws Exception {
        TestUsers.create(tutela, "ines", Role.DOCUMENTER, "case-a");
        Browser b = browser();
        b.login("ines", PASSWORD, "");
        Browser.Page account = b.get("/security/account");
        assertThat(b.post("/security/totp", Map.of("_csrf", account.csrf().orElseThrow())).location()).endsWith("/security/totp");
        Browser.Page enrol = b.get("/security/totp");
        assertThat(enrol.status()).isEqualTo(200);
        assertThat(enrol.body()).contains("src=\"/security/totp/qr.png\"").doesNotContain("<script");

        HttpResponse<byte[]> qr = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/security/totp/qr.png"))
                .header("Cookie", SecurityConfig.SESSION_COOKIE + "=" + b.session()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(qr.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String uri = decode(qr.body());
        assertThat(uri).startsWith("otpauth://totp/Tutela%3Aines?secret=");
        Matcher m = Pattern.compile("secret=([A-Z2-7]+)").matcher(uri);
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        assertThat(enrol.body().replace(" ", "")).as("the key is also shown as text").contains(secret);
        assertThat(tutela.accounts().find("ines").orElseThrow().totpSecret()).as("nothing stored before the first code").isEmpty();

        String wrong = "000000".equals(Totp.code(secret, Instant.now())) ? "111111" : "000000";
        assertThat(b.post("/security/totp/confirm", Map.of("code", wrong, "_csrf", enrol.csrf().orElseThrow())).location()).contains("wrong");
        assertThat(tutela.accounts().find("ines").orElseThrow().totpSecret()).isEmpty();

        Browser.Page codes = b.post("/security/totp/confirm", Map.of("code", Totp.code(secret, Instant.now()), "_csrf",
                b.get("/security/totp").csrf().orElseThrow()));
        assertThat(codes.status()).isEqualTo(200);
        Matcher recovery = Pattern.compile("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}").matcher(codes.body());
        int shown = 0;
        while (recovery.find()) {
            shown++;
        }
        assertThat(shown).isEqualTo(10);
        assertThat(tutela.accounts().find("ines").orElseThrow().totpSecret()).contains(secret);

        assertThat(browser().login("ines", PASSWORD, "").location()).as("the second factor is now required").contains("error");
        assertThat(browser().login("ines", PASSWORD, Totp.code(secret, Instant.now().plusSeconds(30))).location()).doesNotContain("error");
    }

    @Test
    void aCodeAlreadyAcceptedIsRefusedByFormAndByBasic() throws Exception {
        TestUsers.create(tutela, "jon", Role.ANALYST, "case-a");
        var factor = tutela.accounts().enrolSecondFactor("jon", "test");
        String code = Totp.code(factor.secret(), Instant.now());
        assertThat(browser().login("jon", PASSWORD, code).location()).doesNotContain("error");
        assertThat(browser().login("jon", PASSWORD, code).location()).as("replayed on the form").contains("error");
        assertThat(browser().get("/api/account", "Authorization", TestUsers.basic("jon", PASSWORD), LoginDetails.CODE_HEADER, code).status())
                .as("replayed over HTTP Basic").isEqualTo(401);
        assertThat(browser().get("/api/account", "Authorization", TestUsers.basic("jon", PASSWORD), LoginDetails.CODE_HEADER,
                Totp.code(factor.secret(), Instant.now().plusSeconds(30))).status()).as("the next code works").isEqualTo(200);
        tutela.accounts().unlock("jon", "test");
    }

    @Test
    void changingThePasswordOnThePageAppliesThePolicyAndNeedsTheCurrentOne() throws Exception {
        TestUsers.create(tutela, "kim", Role.ANALYST, "case-a");
        Browser b = browser();
        b.login("kim", PASSWORD, "");
        Browser.Page common = b.post("/security/password", Map.of("current", PASSWORD, "password", "q1w2e3r4t5y6u7i8o9p0",
                "repeat", "q1w2e3r4t5y6u7i8o9p0", "_csrf", b.get("/security/account").csrf().orElseThrow()));
        assertThat(common.status()).isEqualTo(200);
        assertThat(common.body()).contains("common or breached");
        Browser.Page wrongCurrent = b.post("/security/password", Map.of("current", "not my password at all", "password", "lantern quietly orbit",
                "repeat", "lantern quietly orbit", "_csrf", b.get("/security/account").csrf().orElseThrow()));
        assertThat(wrongCurrent.body()).contains("current password is wrong");
        Browser.Page changed = b.post("/security/password", Map.of("current", PASSWORD, "password", "lantern quietly orbit",
                "repeat", "lantern quietly orbit", "_csrf", b.get("/security/account").csrf().orElseThrow()));
        assertThat(changed.location()).contains("/login?changed");
        assertThat(browser().login("kim", PASSWORD, "").location()).contains("error");
        assertThat(browser().login("kim", "lantern quietly orbit", "").location()).doesNotContain("error");
    }
}
