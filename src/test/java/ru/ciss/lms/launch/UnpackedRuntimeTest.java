package ru.ciss.lms.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackedRuntimeTest {

    @TempDir
    Path dir;

    private final AtomicInteger unpacks = new AtomicInteger();

    /** Writes what Payara's --outputlauncher writes, in small: the launcher and a runtime jar. */
    private final UnpackedRuntime.Unpacker fake = folder -> {
        unpacks.incrementAndGet();
        Files.createDirectories(folder.resolve("runtime"));
        Files.writeString(folder.resolve("runtime/server.jar"), "server");
        Files.writeString(folder.resolve(UnpackedRuntime.LAUNCHER), "launcher");
        Files.createDirectories(folder.resolve("config"));
        Files.writeString(folder.resolve("config/domain.xml"), "<applications></applications>");
    };

    @Test
    void theRuntimeIsUnpackedOnceAndUsedByTheNextStarts() throws Exception {
        Path launcher;
        try (UnpackedRuntime first = UnpackedRuntime.in(dir, "abc", fake).orElseThrow()) {
            launcher = first.launcher();
            assertTrue(Files.isRegularFile(launcher));
            assertEquals(dir.resolve(UnpackedRuntime.PREFIX + "abc"), first.folder());
        }
        try (UnpackedRuntime again = UnpackedRuntime.in(dir, "abc", fake).orElseThrow()) {
            assertEquals(launcher, again.launcher());
        }
        assertEquals(1, unpacks.get(), "unpacked at the first start only");
    }

    /**
     * A start writes into the folder: its settings into domain.xml and its deployment, which the next start loaded
     * before deploying the WAR again (and then answered 404, or failed in PrimeFaces). Every start finds the folder
     * as unpacked, but for the class cache.
     */
    @Test
    void everyStartFindsTheFolderAsUnpackedButForTheClassCache() throws Exception {
        try (UnpackedRuntime runtime = UnpackedRuntime.in(dir, "abc", fake).orElseThrow()) {
            Path folder = runtime.folder();
            for (int start = 1; start <= 2; start++) {
                // what a start writes (the benchmark starts twice with one runtime: recording the cache, then measuring)
                Files.writeString(folder.resolve("config/domain.xml"), "<applications><application name=\"lms\"/>");
                Files.createDirectories(folder.resolve("applications/lms/WEB-INF"));
                Files.writeString(folder.resolve("applications/lms/WEB-INF/web.xml"), "old");
                Files.createDirectories(folder.resolve("generated/ejb"));
                Files.writeString(folder.resolve("payara-lms-abc.aot"), "the class cache " + start);

                runtime.reset();
                assertEquals("<applications></applications>", Files.readString(folder.resolve("config/domain.xml")));
                assertFalse(Files.exists(folder.resolve("applications")), "no deployment left from the last start");
                assertFalse(Files.exists(folder.resolve("generated")));
                assertEquals("the class cache " + start, Files.readString(folder.resolve("payara-lms-abc.aot")));
                assertEquals("server", Files.readString(folder.resolve("runtime/server.jar")));
            }
        }
        assertEquals(1, unpacks.get());
    }

    /** The run and the benchmark ask for the jar before each start, and each start gets the folder as unpacked. */
    @Test
    void aFastStartPutsTheFolderBackBeforeEachStart() throws Exception {
        Path project = project();
        Path build = build();
        String fingerprint = fingerprint(project, build);
        UnpackedRuntime.in(build, fingerprint, fake).orElseThrow().close();
        Path folder = build.resolve(UnpackedRuntime.PREFIX + fingerprint);
        try (FastStart start = FastStart.prepare(project, build)) {
            for (int i = 0; i < 2; i++) {
                Files.createDirectories(folder.resolve("applications/lms"));
                assertEquals(folder.resolve(UnpackedRuntime.LAUNCHER), start.nextStart());
                assertFalse(Files.exists(folder.resolve("applications")), "start " + (i + 1) + " finds no deployment");
            }
        }
    }

    @Test
    void aFolderWithoutItsSettingsAsUnpackedIsUnpackedAgain() throws Exception {
        Path folder = Files.createDirectories(dir.resolve(UnpackedRuntime.PREFIX + "abc"));
        Files.writeString(folder.resolve(UnpackedRuntime.LAUNCHER), "an older launch code's folder");
        try (UnpackedRuntime runtime = UnpackedRuntime.in(dir, "abc", fake).orElseThrow()) {
            assertEquals("launcher", Files.readString(runtime.launcher()));
            assertTrue(Files.isRegularFile(folder.resolve("config/domain.xml")));
        }
        assertEquals(1, unpacks.get());
    }

    /** Two servers would write the same domain.xml and deployment: the second starts from payara-micro.jar. */
    @Test
    void aRuntimeInUseIsNotGivenToASecondServer() throws Exception {
        try (UnpackedRuntime first = UnpackedRuntime.in(dir, "abc", fake).orElseThrow()) {
            assertTrue(UnpackedRuntime.in(dir, "abc", fake).isEmpty(), "held by the first server");
        }
        Optional<UnpackedRuntime> afterwards = UnpackedRuntime.in(dir, "abc", fake);
        assertTrue(afterwards.isPresent(), "free again once the first server stopped");
        afterwards.get().close();
    }

    @Test
    void anotherBuildsRuntimeGoesUnlessAServerStillUsesIt() throws Exception {
        Path old;
        try (UnpackedRuntime before = UnpackedRuntime.in(dir, "old", fake).orElseThrow()) {
            old = before.folder();
            try (UnpackedRuntime next = UnpackedRuntime.in(dir, "new", fake).orElseThrow()) {
                assertTrue(Files.isDirectory(old), "a running server's runtime stays");
            }
        }
        try (UnpackedRuntime newer = UnpackedRuntime.in(dir, "newer", fake).orElseThrow()) {
            assertFalse(Files.exists(old), "unused: deleted");
            assertFalse(Files.exists(dir.resolve(UnpackedRuntime.PREFIX + "new")), "unused: deleted");
            assertTrue(Files.isDirectory(newer.folder()));
        }
    }

    @Test
    void anUnpackThatFailsLeavesNothingThatLooksWhole() throws Exception {
        UnpackedRuntime.Unpacker failing = folder -> {
            Files.createDirectories(folder.resolve("runtime"));
            Files.writeString(folder.resolve("runtime/half.jar"), "half");
            throw new IOException("disk full");
        };
        IOException failed = assertThrows(IOException.class, () -> UnpackedRuntime.in(dir, "abc", failing));
        assertEquals("disk full", failed.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no folder left behind");
        }
        try (UnpackedRuntime next = UnpackedRuntime.in(dir, "abc", fake).orElseThrow()) {
            assertTrue(Files.isRegularFile(next.launcher()), "the next start unpacks it whole");
        }
    }

    @Test
    void aHalfUnpackedFolderOfAProcessThatDiedIsDeleted() throws Exception {
        Path dead = Files.createDirectories(dir.resolve(UnpackedRuntime.PREFIX + "abc.unpacking-" + Long.MAX_VALUE));
        Path living = Files.createDirectories(dir.resolve(UnpackedRuntime.PREFIX + "abc.unpacking-"
                + ProcessHandle.current().pid()));
        try (UnpackedRuntime runtime = UnpackedRuntime.in(dir, "xyz", fake).orElseThrow()) {
            assertFalse(Files.exists(dead), "its process is gone");
            assertTrue(Files.exists(living), "its process may still be unpacking");
        }
    }

    /** The class cache lives in the runtime's folder: the JVM checks the class path's jars it was recorded with. */
    @Test
    void theClassCacheOfAFastStartLivesWithItsRuntime() throws Exception {
        Path project = project();
        Path build = build();
        String fingerprint = fingerprint(project, build);
        // unpacked beforehand (the real unpacker needs the real server)
        UnpackedRuntime.in(build, fingerprint, fake).orElseThrow().close();

        try (FastStart start = FastStart.prepare(project, build)) {
            Path folder = build.resolve(UnpackedRuntime.PREFIX + fingerprint);
            assertEquals(folder.resolve(UnpackedRuntime.LAUNCHER), start.nextStart());
            assertEquals(folder, start.aot().file().getParent());
            assertTrue(start.aot().training(), "no cache yet");
        }
        Files.writeString(project.resolve("config/post-boot.asadmin"), "set c=e\n");
        try (FastStart changed = FastStart.prepare(project, build)) {
            // other post-boot settings need another folder; this fake payara-micro.jar cannot unpack one, so the
            // server starts from the jar itself and the console says why
            assertEquals(build.resolve("payara-micro.jar"), changed.nextStart());
            assertTrue(changed.how().contains("could not unpack"), changed::how);
            assertFalse(Files.exists(build.resolve(UnpackedRuntime.PREFIX + fingerprint)),
                    "the folder whose domain.xml holds the old settings is gone");
        }
    }

    private Path project() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project/config")).getParent();
        Files.writeString(project.resolve("config/pre-boot.asadmin"), "set a=b\n");
        Files.writeString(project.resolve("config/post-boot.asadmin"), "set c=d\n");
        return project;
    }

    private Path build() throws IOException {
        Path build = Files.createDirectories(dir.resolve("target"));
        AotCacheTest.zip(build.resolve("payara-micro.jar"), "server");
        AotCacheTest.zip(build.resolve("lms.war"), "app");
        return build;
    }

    private static String fingerprint(Path project, Path build) throws IOException {
        return AotCache.fingerprint(build.resolve("payara-micro.jar"), build.resolve("lms.war"),
                project.resolve("config/pre-boot.asadmin"), project.resolve("config/post-boot.asadmin"));
    }
}
