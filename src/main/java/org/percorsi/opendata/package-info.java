/**
 * Open data: the public record of the platform — processes and phases, meetings with attendance, proposals with
 * their answers, final documents and their items, the negotiation tables, the DUP objectives with their
 * proposals, the interventions and their funding — as datasets in CSV and JSON built from the database on
 * request, each with a page explaining its columns, and the DCAT-AP_IT catalogue that describes them for the
 * national catalogue (dati.gov.it).
 *
 * <p>Every dataset shows what a visitor who is not signed in sees, whoever downloads it: the source modules'
 * {@code …OpenData} reads leave out reserved processes, phases, meetings and document versions, and never carry
 * a contact. Authors appear as pseudonyms ({@code datasets/Pseudonyms}); attendance counts below five are left
 * empty ({@code datasets/Suppression}).
 *
 * <p>Where to look: the datasets and their columns, one definition for the files and the pages, in
 * {@code datasets/OpenDatasets}; the catalogue in {@code catalog/DcatCatalog}; the routes in
 * {@code web/OpenDataController} and {@code web/CatalogController}. Tests: {@code src/test/java/org/percorsi/opendata/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data")
package org.percorsi.opendata;
