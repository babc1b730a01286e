package ru.ciss.lms.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {

    @Test
    void theConnectionsZoneIsPinnedToUtcUnlessTheUrlNamesOne() {
        assertEquals("jdbc:mariadb://127.0.0.1:3306/lms?connectionTimeZone=UTC",
                ConfiguredDataSource.inUtc("jdbc:mariadb://127.0.0.1:3306/lms"));
        assertEquals("jdbc:mariadb://db:3306/lms?createDatabaseIfNotExist=true&connectionTimeZone=UTC",
                ConfiguredDataSource.inUtc("jdbc:mariadb://db:3306/lms?createDatabaseIfNotExist=true"));
        assertEquals("jdbc:mariadb://db/lms?connectionTimeZone=Asia/Omsk",
                ConfiguredDataSource.inUtc("jdbc:mariadb://db/lms?connectionTimeZone=Asia/Omsk"));
    }

    @Test
    void thePoolIsOneOfLocalTransactions() {
        // The server makes an XA pool of a class that is an XADataSource, and a distributed transaction of every
        // container transaction then (issue #25): the class must be a plain DataSource only.
        assertTrue(javax.sql.DataSource.class.isAssignableFrom(ConfiguredDataSource.class));
        assertFalse(javax.sql.XADataSource.class.isAssignableFrom(ConfiguredDataSource.class));
        assertFalse(javax.sql.ConnectionPoolDataSource.class.isAssignableFrom(ConfiguredDataSource.class));
    }
}
