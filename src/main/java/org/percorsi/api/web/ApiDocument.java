package org.percorsi.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says of the API as a whole (springdoc writes the operations from the controllers):
 * its server (this platform) and the optional bearer token of a manager.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    @Bean
    OpenAPI percorsiApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Percorsi API")
                        .version("v1")
                        .description("Read-only access to the public record of participatory processes: processes"
                                + " and phases, meetings, proposals and answers, documents' versions, interventions."
                                + " Lists are paged by an opaque cursor (limit 1-200, default 50; follow _links.next)."
                                + " Responses carry a strong ETag (send If-None-Match for a 304); errors are"
                                + " RFC 9457 problems; requests are rate limited per client (429 with Retry-After)."
                                + " Without a token a caller sees what any visitor sees; a manager's token (created"
                                + " on the account page) also sees the reserved content of the processes they manage.")
                        .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/en/")))
                // relative: the document is read from the platform itself (never a server guessed from the request's
                // Host)
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement())
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
