package ru.ciss.lms.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * The rules that keep the features apart (see src/site/markdown/architecture.md). A feature is a package directly
 * below {@code ru.ciss.lms}; it offers others what they need through its {@code boundary} package, and keeps its
 * {@code entity} and {@code control} packages to itself. {@code platform} is below every feature and knows none.
 *
 * <p>Every rule is strict. The feature rule was frozen while older code still reached into other features (648
 * crossings, mostly JPA entities of {@code course} and {@code people}); those now read records from the features'
 * boundaries ({@code CourseFacts}, {@code PersonNames}, …), so nothing is left to freeze.
 */
class ArchitectureTest {

    private static final String ROOT = "ru.ciss.lms";
    private static final Pattern FEATURE_PART = Pattern.compile("^ru\\.ciss\\.lms\\.([a-z]+)(?:\\.([a-z]+))?.*$");
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void platformKnowsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "belong to a feature", (JavaClass c) -> feature(c).filter(f -> !f.equals("platform")).isPresent()))
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        // Not frozen: no loop is left, so any new one fails. Helpers that build a boundary's views live in the
        // boundary package; what a feature's entities and controls share (ContentModel, FinalWorkForm) in its root.
        slices().assignedFrom(sliced("packages",
                m -> m.group(1) + "." + (m.group(2) == null ? "" : m.group(2)))).should().beFreeOfCycles().check(classes);
    }

    /**
     * Features below their pages form layers: a feature's boundary, control and entity never lead back to it through
     * another feature. Pages ({@code web}) are left out: a page may show what several features offer.
     */
    @Test
    void featuresAreFreeOfCyclesBelowTheirPages() {
        slices().assignedFrom(sliced("features without their pages", m -> "web".equals(m.group(2)) ? null : m.group(1)))
                .should().beFreeOfCycles().check(classes);
    }

    @Test
    void noFeatureUsesAnotherFeaturesEntityOrControl() {
        classes().that().resideInAPackage(ROOT + "..").should(keepToOtherFeaturesBoundaries())
                .as("classes should use other features only through their boundary (or web) packages").check(classes);
    }

    /**
     * One school clock: "now" and "today" come from {@link SchoolClock} (injected, or {@code SchoolClock.current()}
     * handed to java.time), never from the server's own clock, so a fixed clock in a test fixes every "now" and no
     * "today" is the server's. Durations measured with {@code System.nanoTime()} are not times of day and stay free.
     */
    @Test
    void everyNowComesFromTheSchoolClock() {
        classes().that().resideOutsideOfPackage(ROOT + ".platform.time")
                .should(keepToTheSchoolClock())
                .because("the school has one clock (SchoolClock); write Instant.now(SchoolClock.current())")
                .check(classes);
    }

    @Test
    void theClockRuleSeesTheServersClock() {
        // Guards the condition: it must see a call to the server's clock where one is, and none where none is.
        JavaClasses clockItself = new ClassFileImporter().importClasses(SchoolClock.class);
        ConditionEvents seen = ConditionEvents.Factory.create();
        keepToTheSchoolClock().check(clockItself.get(SchoolClock.class), seen);
        assertTrue(seen.containViolation(), "SchoolClock itself asks the system for its clock");
        ConditionEvents none = ConditionEvents.Factory.create();
        keepToTheSchoolClock().check(classes.get("ru.ciss.lms.platform.web.Texts"), none);
        assertFalse(none.containViolation());
    }

    /**
     * Boundaries are EJB singletons that the container never locks (issue #25). A stateless bean is a new Weld proxy,
     * with a naming lookup, for every page bean that injects it: a twentieth of the trainee's home page went there.
     * A singleton in the application scope is looked up once; with bean-managed concurrency, calls run side by side
     * as a stateless pool's would, with the same transactions, security and exceptions.
     */
    @Test
    void boundariesAreUnlockedSingletons() {
        noClasses().that().resideInAPackage(ROOT + "..boundary..").should().beAnnotatedWith(jakarta.ejb.Stateless.class)
                .because("a stateless bean costs a proxy and a lookup at every injection; see boundariesAreUnlockedSingletons")
                .check(classes);
        classes().that().areAnnotatedWith(jakarta.ejb.Singleton.class)
                .and().areAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
                .should(beUnlockedAndKeepNoState())
                .check(classes);
    }

    @Test
    void theSingletonRuleSeesALockAndAFieldThatChanges() {
        // Guards the condition: a singleton the container locks, or one with a field that changes, is refused.
        ConditionEvents locked = ConditionEvents.Factory.create();
        beUnlockedAndKeepNoState().check(new ClassFileImporter().importClasses(LockedBoundary.class)
                .get(LockedBoundary.class), locked);
        assertTrue(locked.containViolation(), "container-managed concurrency locks every call");
        ConditionEvents stateful = ConditionEvents.Factory.create();
        beUnlockedAndKeepNoState().check(new ClassFileImporter().importClasses(BoundaryWithState.class)
                .get(BoundaryWithState.class), stateful);
        assertTrue(stateful.containViolation(), "a field that changes is shared by every request");
        ConditionEvents fine = ConditionEvents.Factory.create();
        beUnlockedAndKeepNoState().check(classes.get("ru.ciss.lms.people.boundary.People"), fine);
        assertFalse(fine.containViolation(), fine::toString);
    }

    /**
     * Bean-managed concurrency (the container's default for a singleton is one call at a time), and no field that could
     * change: every instance field is injected or final, since all requests share the one instance.
     */
    static ArchCondition<JavaClass> beUnlockedAndKeepNoState() {
        return new ArchCondition<>("have bean-managed concurrency and only injected or final fields") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean unlocked = item.tryGetAnnotationOfType(jakarta.ejb.ConcurrencyManagement.class)
                        .map(c -> c.value() == jakarta.ejb.ConcurrencyManagementType.BEAN).orElse(false);
                if (!unlocked) {
                    events.add(SimpleConditionEvent.violated(item, item.getName()
                            + " is a shared singleton without @ConcurrencyManagement(BEAN): the container would lock it"));
                }
                item.getFields().stream()
                        .filter(f -> !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                        .filter(f -> !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.FINAL))
                        .filter(f -> f.getAnnotations().stream().map(a -> a.getRawType().getName()).noneMatch(INJECTED::contains))
                        .forEach(f -> events.add(SimpleConditionEvent.violated(f, f.getFullName()
                                + " is neither injected nor final, and every request shares it")));
            }
        };
    }

    private static final java.util.Set<String> INJECTED = java.util.Set.of("jakarta.inject.Inject",
            "jakarta.persistence.PersistenceContext", "jakarta.annotation.Resource", "jakarta.ejb.EJB");

    @jakarta.ejb.Singleton
    @jakarta.enterprise.context.ApplicationScoped
    static class LockedBoundary {
    }

    @jakarta.ejb.Singleton
    @jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
    @jakarta.enterprise.context.ApplicationScoped
    static class BoundaryWithState {
        int callsSoFar;
    }

    /** Refuses calls of now() without a clock, now(ZoneId) and Clock.system*(): each reads the server's clock. */
    static ArchCondition<JavaClass> keepToTheSchoolClock() {
        return new ArchCondition<>("take the time from the school's clock only") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getMethodCallsFromSelf().forEach(call -> {
                    String owner = call.getTargetOwner().getPackageName();
                    String name = call.getName();
                    boolean nowWithoutClock = owner.equals("java.time") && name.equals("now")
                            && !call.getTarget().getRawParameterTypes().stream()
                                    .anyMatch(t -> t.isEquivalentTo(java.time.Clock.class));
                    boolean systemClock = call.getTargetOwner().isEquivalentTo(java.time.Clock.class)
                            && name.startsWith("system");
                    if (nowWithoutClock || systemClock) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                });
            }
        };
    }

    @Test
    void theRuleSeesACrossingAndOnlyThat() {
        // Guards the condition itself, so a frozen store cannot hide a rule that matches nothing.
        assertTrue(crossing("assignments", classes.get("ru.ciss.lms.course.entity.Cohort")));
        assertFalse(crossing("assignments", classes.get("ru.ciss.lms.assignments.entity.Submission")));
        assertFalse(crossing("assignments", classes.get("ru.ciss.lms.people.boundary.People")));
        assertFalse(crossing("assignments", classes.get("ru.ciss.lms.platform.web.Texts")));
        assertEquals(Optional.of("course"), feature(classes.get("ru.ciss.lms.course.boundary.Courses")));
    }

    /** Slices of the app's classes by a name taken from their package; a null name leaves the class out. */
    static SliceAssignment sliced(String description, java.util.function.Function<Matcher, String> name) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                Matcher m = FEATURE_PART.matcher(c.getPackageName() + ".");
                String slice = m.matches() ? name.apply(m) : null;
                return slice == null ? SliceIdentifier.ignore() : SliceIdentifier.of(slice);
            }

            @Override
            public String getDescription() {
                return description;
            }
        };
    }

    static ArchCondition<JavaClass> keepToOtherFeaturesBoundaries() {
        return new ArchCondition<>("use other features only through their boundary") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<String> own = feature(item);
                if (own.isEmpty()) {
                    return;
                }
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    if (crossing(own.get(), dependency.getTargetClass())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** Whether a class of feature {@code own} using {@code target} reaches into another feature's inside. */
    static boolean crossing(String own, JavaClass target) {
        Matcher m = FEATURE_PART.matcher(target.getBaseComponentType().getPackageName() + ".");
        if (!m.matches() || m.group(1).equals(own) || m.group(1).equals("platform")) {
            return false;
        }
        return "entity".equals(m.group(2)) || "control".equals(m.group(2));
    }

    static Optional<String> feature(JavaClass c) {
        Matcher m = FEATURE_PART.matcher(c.getPackageName() + ".");
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

}
