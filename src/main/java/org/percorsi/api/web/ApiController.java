package org.percorsi.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.percorsi.api.access.ApiCaller;
import org.percorsi.api.access.ApiEtags;
import org.percorsi.api.queries.ApiList;
import org.percorsi.api.queries.DocumentResources;
import org.percorsi.api.queries.DocumentResources.VersionResource;
import org.percorsi.api.queries.InterventionResources;
import org.percorsi.api.queries.InterventionResources.InterventionResource;
import org.percorsi.api.queries.MeetingResources;
import org.percorsi.api.queries.MeetingResources.MeetingResource;
import org.percorsi.api.queries.PageRequest;
import org.percorsi.api.queries.ProcessResources;
import org.percorsi.api.queries.ProcessResources.ProcessResource;
import org.percorsi.api.queries.ProposalResources;
import org.percorsi.api.queries.ProposalResources.AnswerResource;
import org.percorsi.api.queries.ProposalResources.ProposalResource;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.ProposalsForApi.Filter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only REST API, version 1. Thin: each route reads one resource through its query class with the
 * caller {@link ApiCaller} recognised, and answers it with the ETag made before reading ({@link ApiEtags}).
 */
@RestController
@Tag(name = "Percorsi", description = "The public record of participatory processes, read only")
@RequestMapping(value = "/api/v1", produces = "application/json")
class ApiController {

    private final ProcessResources processes;
    private final MeetingResources meetings;
    private final ProposalResources proposals;
    private final DocumentResources documents;
    private final InterventionResources interventions;

    ApiController(
            ProcessResources processes,
            MeetingResources meetings,
            ProposalResources proposals,
            DocumentResources documents,
            InterventionResources interventions) {
        this.processes = processes;
        this.meetings = meetings;
        this.proposals = proposals;
        this.documents = documents;
        this.interventions = interventions;
    }

    /** Published processes, by id. */
    @GetMapping("/processes")
    @Operation(summary = "Published processes a caller sees, by id")
    ResponseEntity<ApiList<ProcessResource>> processes(
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        return ApiEtags.ok(request, processes.list(ApiCaller.of(request), PageRequest.of(cursor, limit)));
    }

    /** One process with its phases. */
    @GetMapping("/processes/{id}")
    @Operation(summary = "One process with its phases")
    ResponseEntity<ProcessResource> process(@PathVariable long id, HttpServletRequest request) {
        return ApiEtags.ok(request, processes.one(ApiCaller.of(request), id));
    }

    /** A process's meetings, by id. */
    @GetMapping("/processes/{id}/meetings")
    @Operation(summary = "A process's meetings, by id")
    ResponseEntity<ApiList<MeetingResource>> meetings(
            @PathVariable long id,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        return ApiEtags.ok(request, meetings.ofProcess(ApiCaller.of(request), id, PageRequest.of(cursor, limit)));
    }

    /** One meeting. */
    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting")
    ResponseEntity<MeetingResource> meeting(@PathVariable long id, HttpServletRequest request) {
        return ApiEtags.ok(request, meetings.one(ApiCaller.of(request), id));
    }

    /** A process's proposals, by id, filtered by phase, kind, status, answered or not, and words ({@code q}). */
    @GetMapping("/processes/{id}/proposals")
    @Operation(summary = "A process's proposals, by id, filtered by phase, kind, status, answered, words (q)")
    ResponseEntity<ApiList<ProposalResource>> proposals(
            @PathVariable long id,
            @RequestParam(required = false) Long phase,
            @RequestParam(required = false) ProposalKind kind,
            @RequestParam(required = false) ProposalState status,
            @RequestParam(required = false) Boolean answered,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        var filter = new Filter(phase, kind, status, answered, q);
        return ApiEtags.ok(
                request, proposals.ofProcess(ApiCaller.of(request), id, filter, PageRequest.of(cursor, limit)));
    }

    /** One proposal with its answer. */
    @GetMapping("/proposals/{id}")
    @Operation(summary = "One proposal with its answer")
    ResponseEntity<ProposalResource> proposal(@PathVariable long id, HttpServletRequest request) {
        return ApiEtags.ok(request, proposals.one(ApiCaller.of(request), id));
    }

    /** The answers to a process's proposals, by proposal. */
    @GetMapping("/processes/{id}/answers")
    @Operation(summary = "The municipality's answers to a process's proposals, by proposal")
    ResponseEntity<ApiList<AnswerResource>> answers(
            @PathVariable long id,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        return ApiEtags.ok(request, proposals.answers(ApiCaller.of(request), id, PageRequest.of(cursor, limit)));
    }

    /** A process's documents' versions out of draft, by version. */
    @GetMapping("/processes/{id}/documents")
    @Operation(summary = "A process's documents' versions out of draft, by version")
    ResponseEntity<ApiList<VersionResource>> documents(
            @PathVariable long id,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        return ApiEtags.ok(request, documents.ofProcess(ApiCaller.of(request), id, PageRequest.of(cursor, limit)));
    }

    /** One version of a document with its paragraphs. */
    @GetMapping("/documents/{id}/versions/{number}")
    @Operation(summary = "One version of a document with its paragraphs")
    ResponseEntity<VersionResource> version(
            @PathVariable long id, @PathVariable int number, HttpServletRequest request) {
        return ApiEtags.ok(request, documents.version(ApiCaller.of(request), id, number));
    }

    /** Interventions with their funding, by id. */
    @GetMapping("/interventions")
    @Operation(summary = "Interventions with their funding and the proposals they carry out, by id")
    ResponseEntity<ApiList<InterventionResource>> interventions(
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        return ApiEtags.ok(request, interventions.list(ApiCaller.of(request), PageRequest.of(cursor, limit)));
    }

    /** One intervention. */
    @GetMapping("/interventions/{id}")
    @Operation(summary = "One intervention")
    ResponseEntity<InterventionResource> intervention(@PathVariable long id, HttpServletRequest request) {
        return ApiEtags.ok(request, interventions.one(ApiCaller.of(request), id));
    }
}
