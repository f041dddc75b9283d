package org.percorsi.documents.web;

import org.percorsi.shared.web.LargeUploadRoute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A draft's text may come as a .docx or .odt of up to {@code percorsi.documents.max-upload} (20 MB), more than
 * other forms' files: the upload reaches the use case, which refuses a larger one with a message on the form.
 */
@Configuration(proxyBeanMethods = false)
class DocumentTextUpload {

    @Bean
    LargeUploadRoute draftTextUploadRoute() {
        return new LargeUploadRoute("/admin/processes/{processId}/documents/{documentId}/text");
    }
}
