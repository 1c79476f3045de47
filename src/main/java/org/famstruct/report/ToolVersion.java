package org.famstruct.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into the jar's resources at build time (reports and --version). */
public final class ToolVersion {
    private ToolVersion() {}

    public static String version() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/org/famstruct/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
