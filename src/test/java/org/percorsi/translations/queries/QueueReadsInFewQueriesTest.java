package org.percorsi.translations.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.Visibility;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.language.TranslatableContent;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PublishedProcesses;
import org.percorsi.support.UniqueWords;
import org.percorsi.translations.queries.TranslationQueries.ProcessRef;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A platform translator's queue spans every process: each module lists the texts of all of them in a few queries,
 * so the statements the queue sends do not grow with the number of processes. The modules' own components are
 * rebuilt here on a data source that counts the statements they prepare.
 */
class QueueReadsInFewQueriesTest extends IntegrationTest {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    @Autowired
    ApplicationContext context;

    @Autowired
    List<TranslatableContent> contents;

    @Autowired
    TranslationQueries queries;

    @Autowired
    DataSource dataSource;

    final AtomicInteger statements = new AtomicInteger();

    @Test
    void theStatementsOfTheQueueDoNotGrowWithTheProcesses() throws Exception {
        String run = UniqueWords.next();
        List<ProcessRef> processes = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String title = "Coda " + run + " " + i;
            processes.add(new ProcessRef(PublishedProcesses.published(context, title, Visibility.PUBLIC), title));
        }
        var queue = new TranslationQueue(counted(), queries);

        statements.set(0);
        var one = queue.queue(processes.subList(0, 1), Language.CHINESE_SIMPLIFIED, 1);
        int forOne = statements.get();
        statements.set(0);
        var six = queue.queue(processes, Language.CHINESE_SIMPLIFIED, 1);
        int forSix = statements.get();

        assertThat(forOne).as("the modules read their texts").isPositive();
        assertThat(forSix).as("statements for six processes, as for one").isEqualTo(forOne);
        assertThat(one.total()).isPositive();
        assertThat(six.total()).as("every process's texts are listed").isEqualTo(6 * one.total());
        var titles = queue.textsOf(processes.stream().map(ProcessRef::id).toList());
        assertThat(processes)
                .as("each process has its own texts, its title first")
                .allSatisfy(process -> assertThat(titles.get(process.id()).getFirst())
                        .satisfies(text -> {
                            assertThat(text.processId()).isEqualTo(process.id());
                            assertThat(text.source().kind()).isEqualTo(ContentKind.PROCESS);
                            assertThat(text.source().original()).isEqualTo(process.title());
                        }));
    }

    /** Each module's component, built anew on the counting data source (its constructor takes a JdbcClient). */
    private List<TranslatableContent> counted() throws ReflectiveOperationException {
        var jdbc = JdbcClient.create(new CountingDataSource(dataSource, statements));
        List<TranslatableContent> counted = new ArrayList<>();
        for (TranslatableContent content : contents) {
            var constructor = AopUtils.getTargetClass(content).getDeclaredConstructor(JdbcClient.class);
            constructor.setAccessible(true);
            counted.add((TranslatableContent) constructor.newInstance(jdbc));
        }
        return counted;
    }

    /** Counts every statement prepared on its connections. */
    private static final class CountingDataSource extends DelegatingDataSource {

        private final AtomicInteger statements;

        CountingDataSource(DataSource target, AtomicInteger statements) {
            super(target);
            this.statements = statements;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (STATEMENTS.contains(method.getName())) {
                            statements.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
