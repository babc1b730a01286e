package ru.ciss.lms.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    @TempDir
    Path dir;

    @Test
    void aBuildWithoutItsCacheRecordsItAndTheNextStartUsesIt() throws Exception {
        Path jar = Files.writeString(dir.resolve("payara-micro.jar"), "server");
        Path war = Files.writeString(dir.resolve("lms.war"), "app");
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
    void aRebuiltWarGetsACacheOfItsOwnAndTheOldOneGoes() throws Exception {
        Path jar = Files.writeString(dir.resolve("payara-micro.jar"), "server");
        Path war = Files.writeString(dir.resolve("lms.war"), "app");
        AotCache.Plan before = AotCache.in(dir, jar, war);
        Files.writeString(before.file(), "cache");

        Files.writeString(war, "app, rebuilt");
        Files.setLastModifiedTime(war, FileTime.from(Instant.now().plusSeconds(5)));
        AotCache.Plan after = AotCache.in(dir, jar, war);
        assertNotEquals(before.file(), after.file());
        assertTrue(after.training(), "the old build's cache is not this build's");
        assertFalse(Files.exists(before.file()), "the stale cache is deleted");
    }

    @Test
    void anEmptyFileLeftByAStopThatWasCutShortIsRecordedAgain() throws Exception {
        Path jar = Files.writeString(dir.resolve("payara-micro.jar"), "server");
        Path war = Files.writeString(dir.resolve("lms.war"), "app");
        Files.createFile(AotCache.in(dir, jar, war).file());
        assertTrue(AotCache.in(dir, jar, war).training());
    }
}
