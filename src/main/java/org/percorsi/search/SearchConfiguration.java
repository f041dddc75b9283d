package org.percorsi.search;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Module listeners run asynchronously, after the change that triggered them has committed. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class SearchConfiguration {}
