package org.jposh.remoting.cim.providers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The Linux files the providers read: /proc, /sys and /etc, each read whole, absent ones as empty. */
final class LocalMachine {
    private LocalMachine() {
    }

    /** A file's text without its trailing newline, or null when it cannot be read. */
    static String read(String path) {
        try {
            return Files.readString(Path.of(path)).strip();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** The host's name, as the kernel has it (what {@code hostname} prints). */
    static String hostName() {
        String name = read("/proc/sys/kernel/hostname");
        return name != null ? name : System.getenv("HOSTNAME");
    }

    /**
     * A file of {@code KEY=value} lines (/etc/os-release) or {@code Key: value} lines (/proc/meminfo,
     * /proc/PID/status) as a map; quotes around os-release values are removed.
     */
    static Map<String, String> keyValues(String path, char separator) {
        Map<String, String> result = new HashMap<>();
        String text = read(path);
        if (text == null) {
            return result;
        }
        for (String line : text.split("\n")) {
            int at = line.indexOf(separator);
            if (at > 0) {
                String value = line.substring(at + 1).strip();
                if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                        && value.charAt(value.length() - 1) == value.charAt(0)) {
                    value = value.substring(1, value.length() - 1);
                }
                result.put(line.substring(0, at).strip(), value);
            }
        }
        return result;
    }

    /** The number in kilobytes of a {@code Key: N kB} entry, or null. */
    static Long kilobytes(Map<String, String> entries, String key) {
        String value = entries.get(key);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** /proc/meminfo. */
    static Map<String, String> memoryInfo() {
        return keyValues("/proc/meminfo", ':');
    }
}
