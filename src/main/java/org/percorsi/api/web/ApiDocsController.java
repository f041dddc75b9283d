package org.percorsi.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API's documentation page, ours rather than Swagger UI (whose scripts and inline styles our content security
 * policy refuses): the operations as the OpenAPI document describes them, read from the same routes and
 * annotations, with links to the document in JSON and YAML. The YAML is springdoc's, at a shorter address.
 */
@Controller
@Hidden
class ApiDocsController {

    private final RequestMappingHandlerMapping routes;

    ApiDocsController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes) {
        this.routes = routes;
    }

    @GetMapping("/docs/api")
    String page(Model model) {
        model.addAttribute("operations", operations());
        return "api/docs";
    }

    @GetMapping("/api/v1/openapi.yaml")
    String yaml() {
        return "forward:/api/v1/openapi.json.yaml";
    }

    private List<ApiOperation> operations() {
        return routes.getHandlerMethods().entrySet().stream()
                .filter(route -> route.getValue().getBeanType() == ApiController.class)
                .flatMap(route -> route.getKey().getPatternValues().stream()
                        .map(path -> new ApiOperation(
                                route.getKey().getMethodsCondition().getMethods().stream()
                                        .map(RequestMethod::name)
                                        .findFirst()
                                        .orElse("GET"),
                                path,
                                route.getValue().getMethodAnnotation(Operation.class) instanceof Operation operation
                                        ? operation.summary()
                                        : "")))
                .sorted(Comparator.comparing(ApiOperation::path))
                .toList();
    }
}
