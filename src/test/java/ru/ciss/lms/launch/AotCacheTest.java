package ru.ciss.lms.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    @TempDir
    Path dir;

    @Test
    void aBuildWithoutItsCacheRecordsItAndTheNextStartUsesIt() throws Exception {
        Path jar = zip(dir.resolve("payara-micro.jar"), "server");
        Path war = zip(dir.resolve("lms.war"), "app");
        Path caches = dir.resolve("caches");

        AotCache.Plan first = AotCache.in(caches, jar, war);
        assertTrue(first.training());
        assertTrue(first.jvmOptions().contains("-XX:AOTCacheOutput=" + first.file()), first.jvmOptions()::toString);

        Files.writeString(first.file(), "what the JVM wrote when it stopped");
        AotCache.Plan second = AotCache.in(caches, jar, war);
        assertFalse(second.training());
        assertEquals(first.file(), second.file());
        assertTrue(second.jvmOptions().contains("-XX:AOTCache=" + first.file()), second.jvmOptions()::toString);
    }

    @Test
    void aWarWithOtherContentsGetsACacheOfItsOwnAndTheOldOneGoes() throws Exception {
        Path jar = zip(dir.resolve("payara-micro.jar"), "server");
        Path war = zip(dir.resolve("lms.war"), "app");
        AotCache.Plan before = AotCache.in(dir, jar, war);
        Files.writeString(before.file(), "cache");

        zip(war, "app, changed");
        AotCache.Plan after = AotCache.in(dir, jar, war);
        assertNotEquals(before.file(), after.file());
        assertTrue(after.training(), "the old build's cache is not this build's");
        assertFalse(Files.exists(before.file()), "the stale cache is deleted");
    }

    /** Other server settings load other classes at start (no data grid, no Hazelcast): a cache of their own. */
    @Test
    void otherServerSettingsGetACacheOfTheirOwn() throws Exception {
        Path jar = zip(dir.resolve("payara-micro.jar"), "server");
        Path war = zip(dir.resolve("lms.war"), "app");
        Path preBoot = Files.writeString(dir.resolve("pre-boot.asadmin"), "set a=b\n");
        AotCache.Plan before = AotCache.in(dir, jar, war, preBoot);
        Files.writeString(before.file(), "cache");
        assertFalse(AotCache.in(dir, jar, war, preBoot).training(), "the same settings keep their cache");

        Files.writeString(preBoot, "set a=b\nset c=d\n");
        AotCache.Plan after = AotCache.in(dir, jar, war, preBoot);
        assertNotEquals(before.file(), after.file());
        assertTrue(after.training(), "a start with other settings records its own cache");
    }

    /** mvn -Prun packs the WAR anew at every run: the same contents at a later time keep their cache. */
    @Test
    void theSameWarPackedAgainKeepsItsCache() throws Exception {
        Path jar = zip(dir.resolve("payara-micro.jar"), "server");
        Path war = zip(dir.resolve("lms.war"), "app");
        AotCache.Plan first = AotCache.in(dir, jar, war);
        Files.writeString(first.file(), "cache");
        Files.delete(war);
        zip(war, "app");
        Files.setLastModifiedTime(war, FileTime.from(Instant.now().plusSeconds(60)));
        AotCache.Plan again = AotCache.in(dir, jar, war);
        assertEquals(first.file(), again.file());
        assertFalse(again.training());
    }

    @Test
    void anEmptyFileLeftByAStopThatWasCutShortIsRecordedAgain() throws Exception {
        Path jar = zip(dir.resolve("payara-micro.jar"), "server");
        Path war = zip(dir.resolve("lms.war"), "app");
        Files.createFile(AotCache.in(dir, jar, war).file());
        assertTrue(AotCache.in(dir, jar, war).training());
    }

    /** A one-entry zip holding the text (entry times differ between calls, as between two packings). */
    static Path zip(Path file, String text) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry("content.txt");
            entry.setTime(System.currentTimeMillis());
            zip.putNextEntry(entry);
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
