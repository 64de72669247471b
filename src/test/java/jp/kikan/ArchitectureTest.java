package jp.kikan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The directions the packages may depend in, checked on the compiled classes (docs/architecture.md, "Packages"):
 * the shared packages below the processes know no process; a process knows another only where the work crosses
 * (a 二次相談 can start an abuse report; the survey counts abuse cases); the rules of the law are plain Java.
 */
class ArchitectureTest {

  static final String[] PROCESSES = {"jp.kikan.abuse..", "jp.kikan.secondary..", "jp.kikan.transition.."};

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("jp.kikan");

  @Test
  void theSharedPackages_dependOnNoProcess() {
    noClasses().that().resideInAnyPackage("jp.kikan.platform..", "jp.kikan.center..", "jp.kikan.audit..",
            "jp.kikan.calendar..", "jp.kikan.person..", "jp.kikan.directory..", "jp.kikan.operations..",
            "jp.kikan.boundary..", "jp.kikan.casework..")
        .should().dependOnClassesThat().resideInAnyPackage(PROCESSES)
        .check(CLASSES);
  }

  /** platform is infrastructure (engine, web, security): it knows no case, no kit and no feature. */
  @Test
  void platform_knowsNoCasework() {
    noClasses().that().resideInAPackage("jp.kikan.platform..")
        .should().dependOnClassesThat().resideInAnyPackage("jp.kikan.casework..", "jp.kikan.boundary..",
            "jp.kikan.audit..", "jp.kikan.person..", "jp.kikan.directory..", "jp.kikan.statistics..",
            "jp.kikan.operations..")
        .check(CLASSES);
  }

  @Test
  void processes_dependOnEachOtherOnlyWhereTheWorkCrosses() {
    noClasses().that().resideInAPackage("jp.kikan.abuse..")
        .should().dependOnClassesThat().resideInAnyPackage("jp.kikan.secondary..", "jp.kikan.transition..")
        .check(CLASSES);
    // a difficult case can turn out to be abuse: 二次相談 starts an abuse report (StartLinkedAbuseReportDelegate)
    noClasses().that().resideInAPackage("jp.kikan.secondary..")
        .should().dependOnClassesThat().resideInAnyPackage("jp.kikan.transition..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("jp.kikan.transition..")
        .should().dependOnClassesThat().resideInAnyPackage("jp.kikan.abuse..", "jp.kikan.secondary..")
        .check(CLASSES);
    // the national survey counts abuse cases, and nothing else
    noClasses().that().resideInAPackage("jp.kikan.statistics..")
        .should().dependOnClassesThat().resideInAnyPackage("jp.kikan.secondary..", "jp.kikan.transition..")
        .check(CLASSES);
  }

  /** The rules of the law and the calendar: named for what a caseworker would call them. */
  static final DescribedPredicate<JavaClass> RULE_OBJECTS = DescribedPredicate.describe("rules of the law",
      c -> c.getPackageName().matches("jp\\.kikan\\.(abuse|secondary|transition|statistics|platform|calendar"
          + "|casework)(\\..*)?")
          && (c.getSimpleName().matches(".+(Rule|Deadline|Period|Limit)")
              || Set.of("FiscalYear", "JapaneseHolidays").contains(c.getSimpleName())));

  @Test
  void theRulesOfTheLaw_arePlainJava() {
    classes().that(RULE_OBJECTS)
        .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.springframework..", "org.camunda..",
            "jakarta.persistence..", "org.hibernate..")
        .check(CLASSES);
  }

  @Test
  void noPackageCycles() {
    slices().matching("jp.kikan.(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
