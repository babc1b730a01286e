package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Links that leave the app come from configuration only: the configured address, or the local default. */
class PublicAddressTest {

    @Test
    void theConfiguredAddressWithoutItsTrailingSlash() {
        assertEquals("https://school.example.org/lms", PublicAddress.base(Optional.of(" https://school.example.org/lms/ ")));
    }

    @Test
    void withoutConfigurationTheLocalDefaultNeverARequest() {
        PublicAddress address = new PublicAddress();
        address.configured = Optional.empty();
        assertEquals("http://localhost:8080/outcomes/my.xhtml", address.of("/outcomes/my.xhtml"));
        address.configured = Optional.of("  ");
        assertEquals("http://localhost:8080/x", address.of("/x"));
    }
}
