package ru.ciss.lms.platform.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The shipped limits: one account locks after a handful of wrong passwords, one address only after many. A class on
 * the venue's Wi-Fi, or trainees behind a mobile operator's shared address, are one address: with the address limit
 * equal to the account's (5), five typos among them locked the whole room and the curator out for 15 minutes.
 */
class SignInLimitsTest {

    @Test
    void anAddressMayFailFarMoreOftenThanOneAccount() throws Exception {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            shipped.load(in);
        }
        int account = Integer.parseInt(shipped.getProperty("lms.signin.max-failures"));
        int address = Integer.parseInt(shipped.getProperty("lms.signin.address-max-failures"));
        assertTrue(account <= 5, "account limit " + account);
        assertTrue(address >= 25, "a classroom shares one address: address limit " + address);
    }
}
