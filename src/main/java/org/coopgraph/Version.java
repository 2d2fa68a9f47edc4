package org.coopgraph;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, as Maven wrote it into {@code coopgraph-version.properties}. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/coopgraph-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
