package org.percorsi.shared.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.springframework.web.servlet.view.AbstractTemplateViewResolver;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders each page completely in memory before sending it. Rendering may need
 * the session (a form's CSRF token is created on first use); had part of a long
 * page already been sent, the session could no longer be created. It also lets
 * the response carry its exact length.
 */
@Configuration(proxyBeanMethods = false)
class BufferedJteViews {

    @Bean
    AbstractTemplateViewResolver bufferedJteViewResolver(TemplateEngine templateEngine) {
        var resolver = new AbstractTemplateViewResolver() {
            @Override
            protected Class<?> requiredViewClass() {
                return BufferedJteView.class;
            }

            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new BufferedJteView(templateEngine);
            }
        };
        resolver.setSuffix(".jte");
        resolver.setViewClass(BufferedJteView.class);
        resolver.setContentType("text/html;charset=UTF-8");
        resolver.setOrder(Integer.MAX_VALUE - 10); // before the starter's own jte resolver
        return resolver;
    }

    static class BufferedJteView extends AbstractTemplateView {

        private final TemplateEngine engine;

        BufferedJteView(TemplateEngine engine) {
            this.engine = engine;
        }

        @Override
        public boolean checkResource(Locale locale) {
            return engine.hasTemplate(getUrl());
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            // straight into UTF-8 chunks (the templates' fixed text is compiled as bytes: binaryStaticContent):
            // a page kept as a Java string would turn into two bytes per character at its first character
            // outside Latin-1 (an apostrophe ’ is enough) and then be encoded again, whole
            var output = new Utf8ByteOutput();
            engine.render(getUrl(), model, output);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
