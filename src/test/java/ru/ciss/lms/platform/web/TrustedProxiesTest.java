package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #21, point 4: X-Forwarded-For is believed only from trusted proxies, given as addresses or CIDR ranges. */
class TrustedProxiesTest {

    private final TrustedProxies nginx = TrustedProxies.parse("127.0.0.1/32, 10.0.0.0/8,::1");

    @ParameterizedTest(name = "{0} trusted: {1}")
    @CsvSource({"127.0.0.1, true", "127.0.0.2, false", "10.200.3.4, true", "11.0.0.1, false", "::1, true",
            "0:0:0:0:0:0:0:1, true", "::2, false", "not-an-address, false", "localhost, false", "999.1.1.1, false"})
    void addressesAndRanges(String sender, boolean trusted) {
        assertEquals(trusted, nginx.trusts(sender));
    }

    @Test
    void theClientIsTheFirstUntrustedHopFromTheRight() {
        assertEquals("198.51.100.9", nginx.client("127.0.0.1", "198.51.100.9"));
        assertEquals("198.51.100.9", nginx.client("127.0.0.1", "203.0.113.1, 198.51.100.9, 10.1.1.1"),
                "what the client wrote on the left proves nothing; trusted hops on the right are skipped");
        assertEquals("10.2.2.2", nginx.client("127.0.0.1", "10.2.2.2, 10.1.1.1"),
                "a chain of trusted hops only: the leftmost one is all we know");
    }

    @Test
    void aSenderThatIsNoTrustedProxyCannotChooseItsAddress() {
        assertEquals("203.0.113.50", nginx.client("203.0.113.50", "198.51.100.9"));
        assertEquals("203.0.113.50", TrustedProxies.none().client("203.0.113.50", "198.51.100.9"));
        assertEquals("127.0.0.1", nginx.client("127.0.0.1", "198.51.100.9, <script>"),
                "a malformed chain is not believed");
        assertEquals("127.0.0.1", nginx.client("127.0.0.1", null));
    }

    @Test
    void everyoneOnlyWhenSaidSo() {
        assertTrue(TrustedProxies.parse("*").trusts("203.0.113.50"));
        assertFalse(TrustedProxies.parse("").trusts("127.0.0.1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"127.0.0.1/33", "10.0.0.0/x", "proxy.example.org", "300.1.1.1"})
    void aWrongEntryIsRefusedByName(String list) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse(list));
        assertTrue(e.getMessage().contains(list), e::getMessage);
    }
}
