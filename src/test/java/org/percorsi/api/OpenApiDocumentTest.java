package org.percorsi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document of the API: OpenAPI 3.1, read back by swagger-core's 3.1 model, listing exactly the
 * routes Spring MVC serves under {@code /api/v1/} (and nothing else), each with its answer; the documentation
 * page lists the same operations.
 */
class OpenApiDocumentTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Test
    void theDocumentIsOpenApi31AndListsEveryApiRoute() throws Exception {
        var response = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String json = response.getContentAsString();
        assertThat(JsonMapper.builder().build().readTree(json).get("openapi").asString())
                .startsWith("3.1.");
        OpenAPI document = Json31.mapper().readValue(json, OpenAPI.class);
        assertThat(document.getInfo().getTitle()).isNotBlank();
        assertThat(document.getInfo().getVersion()).isEqualTo("v1");
        assertThat(document.getComponents().getSecuritySchemes()).containsKey("token");

        Set<String> documented = new TreeSet<>();
        document.getPaths().forEach((path, item) -> {
            Map<?, Operation> operations = item.readOperationsMap();
            operations.forEach((method, operation) -> {
                documented.add(method + " " + path);
                assertThat(operation.getSummary()).as(path).isNotBlank();
                assertThat(operation.getResponses()).as(path).containsKey("200");
            });
        });
        assertThat(documented).allMatch(route -> route.split(" ")[1].startsWith("/api/v1/"));
        assertThat(documented).isEqualTo(apiRoutes());
    }

    @Test
    void theDocumentIsAlsoYamlAndThePageListsTheOperations() throws Exception {
        // the short address is springdoc's YAML (MockMvc names the forward rather than following it)
        assertThat(mvc.perform(get("/api/v1/openapi.yaml"))
                        .andReturn()
                        .getResponse()
                        .getForwardedUrl())
                .isEqualTo("/api/v1/openapi.json.yaml");
        var yaml = mvc.perform(get("/api/v1/openapi.json.yaml")).andReturn().getResponse();
        assertThat(yaml.getStatus()).isEqualTo(200);
        assertThat(yaml.getContentAsString()).contains("openapi: 3.1", "/api/v1/processes/{id}/proposals:");

        var page = mvc.perform(get("/docs/api")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        var html = Jsoup.parse(page.getContentAsString());
        Set<String> listed = new TreeSet<>();
        html.select("tbody tr")
                .forEach(row ->
                        listed.add(row.child(0).text() + " " + row.child(1).text()));
        assertThat(listed).isEqualTo(apiRoutes());
        assertThat(html.select("a[href=/api/v1/openapi.json]")).hasSize(1);
        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'");
    }

    /** What Spring MVC serves under /api/v1/ for the API's resources (the document's own addresses aside). */
    private Set<String> apiRoutes() {
        Set<String> routes = new TreeSet<>();
        this.routes.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/") && !pattern.startsWith("/api/v1/openapi")) {
                    var methods = info.getMethodsCondition().getMethods();
                    for (var method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        routes.add(method.name() + " " + pattern);
                    }
                }
            }
        });
        assertThat(routes).hasSizeGreaterThanOrEqualTo(11);
        return routes;
    }
}
