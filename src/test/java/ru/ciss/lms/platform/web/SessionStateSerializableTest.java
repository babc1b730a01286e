package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a session holds must be Serializable: with {@code <distributable/>} Payara copies each session to the
 * other instances of the cluster after every request (see the README's "Running more than one instance"), and a
 * value that cannot be serialized is silently left out of the copy, so the page behind it would break on the other
 * instance after a failover. Weld already refuses view- and session-scoped beans that are not Serializable, and
 * injected fields that are not passivation capable; this test covers what it does not: the types of the beans' own
 * fields (the rows, forms and entities a page keeps), followed through records, collections and our own classes.
 *
 * <p>It checks declared types, so a field declared as {@code Object} or as an interface is trusted; the cluster
 * drill (ClusterDrillIT) checks real sessions end to end.
 */
class SessionStateSerializableTest {

    private static final Set<String> SESSION_SCOPES = Set.of("jakarta.faces.view.ViewScoped",
            "jakarta.enterprise.context.SessionScoped", "jakarta.enterprise.context.ConversationScoped");

    @Test
    void everyTypeThatViewAndSessionScopedBeansKeepIsSerializable() throws Exception {
        List<Class<?>> beans = sessionScopedBeans();
        assertTrue(beans.size() >= 30, "the app's view-scoped pages are found: " + beans);
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            follow(bean, bean.getSimpleName(), seen, problems);
        }
        assertEquals(List.of(), problems, "types kept in a session that cannot be serialized");
    }

    private static List<Class<?>> sessionScopedBeans() throws IOException, ClassNotFoundException {
        Path classes = Path.of(System.getProperty("lms.build.dir", "target")).resolve("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.endsWith("package-info") || name.startsWith("META-INF")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                for (Annotation annotation : type.getAnnotations()) {
                    if (SESSION_SCOPES.contains(annotation.annotationType().getName())) {
                        beans.add(type);
                    }
                }
            }
        }
        return beans;
    }

    private static void follow(Type type, String path, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            follow(parameterized.getRawType(), path, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                follow(argument, path + "<>", seen, problems);
            }
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                follow(bound, path, seen, problems);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || !seen.add(c)) {
            return;
        }
        if (c.isArray()) {
            follow(c.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (!c.isInterface() && c != Object.class && !Serializable.class.isAssignableFrom(c)) {
            problems.add(c.getName() + " (via " + path + ")");
        }
        if (!c.getName().startsWith("ru.ciss.lms.")) {
            return; // a library's or the JDK's own class: Serializable or not, its fields are its business
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(jakarta.inject.Inject.class)
                        || field.isAnnotationPresent(jakarta.ejb.EJB.class)) {
                    continue; // injected fields are Weld's to check (proxies of passivation capable beans)
                }
                follow(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
            if (k.isRecord()) {
                for (RecordComponent component : k.getRecordComponents()) {
                    follow(component.getGenericType(), path + "." + component.getName(), seen, problems);
                }
            }
        }
    }
}
