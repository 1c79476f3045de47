package org.famstruct.cli;

import org.famstruct.report.ToolVersion;
import picocli.CommandLine;

/** {@code --version}: the version from the jar. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"famstruct " + ToolVersion.version()};
    }
}
