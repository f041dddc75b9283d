package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.Yaml;

/**
 * The files of deploy/ (deploy/README.md) agree with the platform they run: the Kubernetes probes ask health
 * groups that a running platform answers UP, the proxies let through the requests the platform accepts, and the
 * image's user is the one the manifests expect. No registry or container engine is needed.
 */
class DeploymentFilesTest extends IntegrationTest {

    private static final Path DEPLOY = Path.of("deploy");

    @LocalServerPort
    int port;

    @Value("${spring.servlet.multipart.max-request-size}")
    DataSize maxRequestSize;

    @Test
    void everyProbeOfTheDeploymentAnswersUpOnARunningPlatform() throws Exception {
        Map<String, Object> container = platformContainer();
        List<String> paths = new ArrayList<>();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            paths.add((String) child(child(container, probe), "httpGet").get("path"));
        }
        assertThat(paths)
                .containsExactly(
                        "/actuator/health/liveness", "/actuator/health/liveness", "/actuator/health/readiness");

        HttpClient http = HttpClient.newHttpClient();
        for (String path : paths) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void theProxiesLetThroughTheLargestRequestThePlatformAccepts() throws IOException {
        Matcher nginx = Pattern.compile("client_max_body_size (\\d+)m;")
                .matcher(Files.readString(DEPLOY.resolve("nginx/percorsi.conf")));
        assertThat(nginx.find()).isTrue();
        assertThat(DataSize.ofMegabytes(Long.parseLong(nginx.group(1)))).isEqualTo(maxRequestSize);

        Map<String, Object> ingress = yaml(DEPLOY.resolve("kubernetes/ingress.yaml"));
        Object ingressLimit = child(ingress, "metadata").get("annotations") instanceof Map<?, ?> annotations
                ? annotations.get("nginx.ingress.kubernetes.io/proxy-body-size")
                : null;
        assertThat(ingressLimit).isEqualTo(maxRequestSize.toMegabytes() + "m");
    }

    @Test
    void theImageRunsAsTheNamedUserThatTheDeploymentRequires() throws IOException {
        Matcher user = Pattern.compile("<user>(\\d+):(\\d+)</user>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(user.find())
                .as("a numeric user in the image's configuration")
                .isTrue();
        int uid = Integer.parseInt(user.group(1));
        assertThat(uid).isNotZero();
        // PostgreSQL (the embedded one) refuses to run as a user without a name
        assertThat(Files.readAllLines(Path.of("src/main/jib/etc/passwd")))
                .anyMatch(line -> line.split(":")[2].equals(String.valueOf(uid)));

        Map<String, Object> podSecurity = child(podSpec(), "securityContext");
        assertThat(podSecurity.get("runAsNonRoot")).isEqualTo(true);
        assertThat(podSecurity.get("runAsUser")).isEqualTo(uid);
        Map<String, Object> containerSecurity = child(platformContainer(), "securityContext");
        assertThat(containerSecurity.get("readOnlyRootFilesystem")).isEqualTo(true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMetricsHaveAPortOfTheirOwnThatNoPublicRouteReaches() throws IOException {
        String port = (String)
                child(yaml(DEPLOY.resolve("kubernetes/configmap.yaml")), "data").get("PERCORSI_MANAGEMENT_PORT");
        assertThat(port).as("the ConfigMap sets the management port").isNotBlank();

        var ports = (List<Map<String, Object>>) platformContainer().get("ports");
        assertThat(ports)
                .anySatisfy(p -> assertThat(p)
                        .containsEntry("name", "metrics")
                        .containsEntry("containerPort", Integer.parseInt(port)));
        Map<String, Object> annotations =
                child(child(child(yaml(DEPLOY.resolve("kubernetes/deployment.yaml")), "spec"), "template"), "metadata");
        assertThat(child(annotations, "annotations"))
                .containsEntry("prometheus.io/port", port)
                .containsEntry("prometheus.io/path", "/actuator/prometheus");
        // the Service (and so the Ingress) carries only the public port
        var servicePorts = (List<Map<String, Object>>)
                child(yaml(DEPLOY.resolve("kubernetes/service.yaml")), "spec").get("ports");
        assertThat(servicePorts).extracting(p -> p.get("targetPort")).containsExactly("http");

        Map<String, Object> compose = yaml(DEPLOY.resolve("compose.yaml"));
        assertThat(child(child(compose, "x-platform"), "environment")).containsEntry("PERCORSI_MANAGEMENT_PORT", port);
        assertThat(Files.readString(DEPLOY.resolve("nginx/percorsi.conf"))).doesNotContain(":" + port);
    }

    private static Map<String, Object> podSpec() throws IOException {
        Map<String, Object> deployment = yaml(DEPLOY.resolve("kubernetes/deployment.yaml"));
        return child(child(child(deployment, "spec"), "template"), "spec");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> platformContainer() throws IOException {
        List<Map<String, Object>> containers =
                (List<Map<String, Object>>) podSpec().get("containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> map, String key) {
        assertThat(map).containsKey(key);
        return (Map<String, Object>) map.get(key);
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }
}
