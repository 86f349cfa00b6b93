package org.vocdesk.report.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every template in reports/ compiles (a typo fails the build, not an auditor's download), inside the frame. */
class ReportTemplatesTest {

    @Test
    void everyTemplateCompiles() throws IOException {
        ReportTemplates templates = new ReportTemplates();
        try (Stream<Path> files = Files.list(Path.of("reports"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jrxml")).toList()) {
                String name = file.getFileName().toString().replace(".jrxml", "");
                if (name.equals(ReportTemplates.FRAME) || name.equals("table")) {
                    assertThat(templates.subreport(name)).as(name).isNotNull();
                } else {
                    assertThat(templates.report(name).getProperty(ReportRenderer.TITLE_PROPERTY)).as(name + " names its title key").isNotBlank();
                    assertThat(templates.report(name).getPageHeader()).as(name + " has the frame").isNotNull();
                }
            }
        }
    }
}
