package org.percorsi.api.queries;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import org.percorsi.api.access.ApiCaller;
import org.percorsi.documents.DocumentsForApi;
import org.percorsi.documents.DocumentsForApi.ApiBlock;
import org.percorsi.documents.DocumentsForApi.ApiVersion;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;

/** Documents' versions as the API shows them: a process's list, and one version with its paragraphs. */
@Service
public class DocumentResources {

    /** A version; {@code paragraphs} only on the version's own resource. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionResource(
            @JsonUnwrapped ApiVersion version,
            List<ApiBlock> paragraphs,
            @JsonProperty("_links") Map<String, Link> links) {}

    private final DocumentsForApi documents;
    private final ProcessResources processes;
    private final ApiLinks links;

    DocumentResources(DocumentsForApi documents, ProcessResources processes, ApiLinks links) {
        this.documents = documents;
        this.processes = processes;
        this.links = links;
    }

    public ApiList<VersionResource> ofProcess(ApiCaller caller, long processId, PageRequest page) {
        processes.require(caller, processId);
        return links.page(
                documents.pageOfProcess(caller.area(), processId, page.after(), page.fetch()),
                page,
                ApiVersion::versionId,
                version -> resource(version, null),
                "/processes/" + processId + "/documents",
                Map.of());
    }

    public VersionResource version(ApiCaller caller, long documentId, int number) {
        ApiVersion version = documents
                .version(caller.area(), documentId, number)
                .orElseThrow(() -> new NotFoundException("document " + documentId + " version " + number));
        return resource(version, documents.blocks(version.versionId()));
    }

    private VersionResource resource(ApiVersion version, List<ApiBlock> paragraphs) {
        return new VersionResource(
                version,
                paragraphs,
                Map.of(
                        "self",
                        links.api("/documents/" + version.documentId() + "/versions/" + version.number()),
                        "process",
                        links.api("/processes/" + version.processId())));
    }
}
