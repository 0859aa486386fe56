package org.tutela.app.web.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Chromium and chromedriver are installed; elsewhere each test is reported
 * as skipped, with the reason, before any server is started.
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

    static String absence() {
        return "browser tests skipped: no Chromium at " + chromium() + " or no chromedriver at " + chromedriver()
                + " (install Debian's chromium and chromium-driver, or set -Dtutela.chromium and -Dtutela.chromedriver)";
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return present() ? ConditionEvaluationResult.enabled("Chromium and chromedriver found")
                : ConditionEvaluationResult.disabled(absence());
    }
}
