package org.tutela.app.web.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Chromium and chromedriver are installed; elsewhere each test is reported
 * as skipped, with the reason, before any server is started. Where the tests must run (CI, which sets
 * {@code CI=true}, or {@code TUTELA_TEST_BROWSER_REQUIRED=true}) a missing browser fails them instead: a build
 * that skipped them would pass without having tried a page.
 */
final class BrowserAvailable implements ExecutionCondition {
    static Path chromium() {
        return Path.of(System.getProperty("tutela.chromium", "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(System.getProperty("tutela.chromedriver", "/usr/bin/chromedriver"));
    }

    static boolean present() {
        return Files.isExecutable(chromium()) && Files.isExecutable(chromedriver());
    }

    static boolean required() {
        return Boolean.parseBoolean(System.getenv("CI")) || Boolean.parseBoolean(System.getenv("TUTELA_TEST_BROWSER_REQUIRED"));
    }

    static String absence() {
        return "browser tests skipped: no Chromium at " + chromium() + " or no chromedriver at " + chromedriver()
                + " (install Debian's chromium and chromium-driver, or set -Dtutela.chromium and -Dtutela.chromedriver)";
    }

    /** Skips the calling test where there is no browser, or fails it where one is required. */
    static void assume() {
        if (!present() && required()) {
            throw new IllegalStateException(requiredButAbsent());
        }
        Assumptions.assumeTrue(present(), absence());
    }

    private static String requiredButAbsent() {
        return "a browser is required here (CI or TUTELA_TEST_BROWSER_REQUIRED) but there is no Chromium at " + chromium()
                + " or no chromedriver at " + chromedriver();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (present()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        if (required()) {
            throw new IllegalStateException(requiredButAbsent());
        }
        return ConditionEvaluationResult.disabled(absence());
    }
}
