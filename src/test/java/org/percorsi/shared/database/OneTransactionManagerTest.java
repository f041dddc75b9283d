package org.percorsi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Spring's transaction interceptor is replaced by one that does not scan the target class for a qualifier at every
 * call (the use cases' tests, which roll back what a refusal leaves half done, show that transactions behave as
 * before).
 */
class OneTransactionManagerTest extends IntegrationTest {

    @Autowired
    TransactionInterceptor interceptor;

    @Test
    void theInterceptorInPlaceIsTheOneWithoutClassQualifiers() {
        assertThat(interceptor).isInstanceOf(OneTransactionManager.WithoutClassQualifiers.class);
        assertThat(interceptor.getTransactionAttributeSource()).isNotNull();
    }
}
