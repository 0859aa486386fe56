package org.tutela.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine a run was measured on, as the report states it. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores (nproc), "
                + memory() + " memory, CPU " + cpu() + "; " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + "; " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + "; load average at report time " + load()
                + " (the cores are shared with other work on this machine).\n";
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1/5/15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpu() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown");
    }

    private static String memory() {
        return firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> {
                    long kb = Long.parseLong(v.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                })
                .orElse("unknown");
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String l : lines) {
                if (l.startsWith(key)) {
                    return java.util.Optional.of(l.substring(l.indexOf(':') + 1).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }
}
