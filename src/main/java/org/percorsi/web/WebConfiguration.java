package org.percorsi.web;

import org.percorsi.accounts.usecases.ChooseLanguage;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.shared.web.LatestFlashPerPage;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final SiteInterceptor siteInterceptor;

    WebConfiguration(SiteInterceptor siteInterceptor) {
        this.siteInterceptor = siteInterceptor;
    }

    @Bean
    LocaleResolver localeResolver(OrganisationApi organisation, ChooseLanguage chooseLanguage) {
        return new LanguageResolver(organisation, chooseLanguage);
    }

    /** The name DispatcherServlet looks for: messages after a redirect, the latest per page only. */
    @Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new LatestFlashPerPage();
    }

    /** Controllers found by an index of their routes (see {@link RoutesByFirstSegment}). */
    @Bean
    WebMvcRegistrations routesByFirstSegment() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new RoutesByFirstSegment();
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(siteInterceptor)
                .excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/img/**", "/files/**");
    }
}
