package org.percorsi.outreach.web;

import org.percorsi.shared.web.LargeUploadRoute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A material may be a PDF of up to 10 MB (the files module's limit for documents), said on the form if larger. */
@Configuration(proxyBeanMethods = false)
class MaterialUpload {

    @Bean
    LargeUploadRoute outreachMaterialUploadRoute() {
        return new LargeUploadRoute("/admin/processes/{processId}/communication/actions/{actionId}/materials");
    }
}
