package org.percorsi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;

/**
 * House rules the module verification does not express: entities and
 * repositories stay in their module, pages go through use cases and queries,
 * writes go through the stores of a module's domain package (decision 0002),
 * forms are plain records apart from entities.
 */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.percorsi");

    @Test
    void entitiesAreUsedOnlyInsideTheirModule() {
        classes()
                .that()
                .areAnnotatedWith(Table.class)
                .should(beUsedOnlyInsideTheirModule())
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirModule() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should(beUsedOnlyInsideTheirModule())
                .check(CLASSES);
    }

    @Test
    void controllersDoNotTouchRepositoriesDirectly() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .because("pages read through query classes and write through use cases")
                .check(CLASSES);
    }

    /** Every way of sending SQL: it belongs to stores (writes) and queries (reads). */
    private static final Class<?>[] JDBC = {
        JdbcClient.class,
        JdbcTemplate.class,
        JdbcOperations.class,
        NamedParameterJdbcTemplate.class,
        NamedParameterJdbcOperations.class
    };

    @Test
    void useCasesAndControllersSendNoSql() {
        noClasses()
                .that()
                .resideInAnyPackage("..usecases..", "..web..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(JDBC)
                .because("use cases keep the rules and write through their module's domain stores; pages read "
                        + "through queries (docs/decisions/0002-one-way-to-write.md)")
                .check(CLASSES);
    }

    @Test
    void controllersDoNotReachStores() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.percorsi..domain..")
                .because("pages write through use cases, which check the rules, and read through queries "
                        + "(docs/decisions/0002-one-way-to-write.md)")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .resideInAPackage("..web..")
                .check(CLASSES);
    }

    @Test
    void useCasesDoNotDependOnPages() {
        noClasses()
                .that()
                .resideInAPackage("..usecases..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Controller.class)
                .check(CLASSES);
    }

    @Test
    void formsAreRecordsApartFromEntities() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Form")
                .and()
                .resideInAPackage("org.percorsi..")
                .should()
                .beRecords()
                .andShould()
                .notBeAnnotatedWith(Table.class)
                .check(CLASSES);
    }

    static ArchCondition<JavaClass> beUsedOnlyInsideTheirModule() {
        return new ArchCondition<>("be used only inside their own module") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String module = moduleOf(target);
                for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                    if (!module.equals(moduleOf(dependency.getOriginClass()))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The module of a class: the first package below org.percorsi. */
    static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        String rest = name.startsWith("org.percorsi.") ? name.substring("org.percorsi.".length()) : name;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
