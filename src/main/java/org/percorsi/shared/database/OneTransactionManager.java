package org.percorsi.shared.database;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * The platform has one transaction manager, and no {@code @Transactional} names another: Spring's interceptor is
 * told so, because otherwise it looks for a {@code @Qualifier} on the target class at every call, an annotation
 * scan nothing caches. Every request makes several transactional calls (the signed-in account, today's date, the
 * use case), and the scan was 3–4 % of the platform's time under a support storm and on the signed-in pages
 * (Flight Recorder, issue #18). A qualifier written on a {@code @Transactional} itself still chooses as before.
 */
@Configuration(proxyBeanMethods = false)
class OneTransactionManager {

    /** Declared with its own type: Spring sees it is among the first post-processors before making it. */
    @Bean
    static Replacement transactionInterceptorWithoutClassQualifiers() {
        return new Replacement();
    }

    /**
     * Puts {@link WithoutClassQualifiers} in the place of Spring's interceptor, with its settings. Among the first
     * post-processors: the proxy creators, registered after them, make the interceptor when they first look for
     * advisors, which must find the replacement already in place.
     */
    static final class Replacement implements BeanPostProcessor, BeanFactoryAware, PriorityOrdered {

        private BeanFactory beanFactory;

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public Object postProcessBeforeInitialization(Object bean, String name) throws BeansException {
            if (bean.getClass() != TransactionInterceptor.class) {
                return bean;
            }
            var spring = (TransactionInterceptor) bean;
            // what Spring's configuration sets: the source of attributes, the manager (with a configurer only)
            var replacement = new WithoutClassQualifiers();
            replacement.setTransactionAttributeSource(spring.getTransactionAttributeSource());
            replacement.setTransactionManager(spring.getTransactionManager());
            replacement.setBeanFactory(beanFactory);
            return replacement;
        }
    }

    /** Spring's interceptor, choosing the transaction manager without reading the target class's annotations. */
    static final class WithoutClassQualifiers extends TransactionInterceptor {

        @Override
        protected TransactionManager determineTransactionManager(TransactionAttribute attribute, Class<?> target) {
            return super.determineTransactionManager(attribute, null);
        }
    }
}
