package org.percorsi.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Mail retries run on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {}
