package dk.nextwork.hub.web;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every test shares: the WAR that {@code package} built, tested from outside as users meet it. */
final class HubDeployment {

    private HubDeployment() {}

    @Deployment(testable = false)
    static WebArchive hub() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("hub.war")))
                .as(WebArchive.class);
    }
}
