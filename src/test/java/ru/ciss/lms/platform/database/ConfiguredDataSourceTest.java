package ru.ciss.lms.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
