package ru.ciss.lms.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which senders may tell us the client's address (issue #21): a list of addresses and CIDR ranges
 * ({@code 127.0.0.1, 10.0.0.0/8, ::1}), or {@code *} for every sender. Pure and immutable, so it is tested alone.
 * Only literal addresses are accepted, never host names: parsing must not look anything up.
 */
public final class TrustedProxies {

    private record Range(byte[] network, int prefix) {
    }

    private final boolean everyone;
    private final List<Range> ranges;

    private TrustedProxies(boolean everyone, List<Range> ranges) {
        this.everyone = everyone;
        this.ranges = List.copyOf(ranges);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(false, List.of());
    }

    /** @throws IllegalArgumentException naming the entry that is neither an address nor a range */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return none();
        }
        boolean everyone = false;
        List<Range> ranges = new ArrayList<>();
        for (String raw : list.split("[,\\s]+")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*")) {
                everyone = true;
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + entry);
            }
            int prefix = address.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a CIDR prefix: " + entry, e);
                }
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new IllegalArgumentException("CIDR prefix out of range: " + entry);
                }
            }
            ranges.add(new Range(address, prefix));
        }
        return new TrustedProxies(everyone, ranges);
    }

    public boolean trusts(String sender) {
        if (everyone) {
            return true;
        }
        byte[] address = literal(sender);
        if (address == null) {
            return false;
        }
        for (Range range : ranges) {
            if (range.network().length == address.length && samePrefix(range.network(), address, range.prefix())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client: walking {@code X-Forwarded-For} from the right (each proxy appends the address it saw), the first
     * hop that is not a trusted proxy. Entries left of it were written by the client and prove nothing. The header is
     * read only when the request itself comes from a trusted proxy.
     */
    public String client(String peer, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                return peer; // a malformed chain is not believed at all
            }
            if (i == 0 || !trusts(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private static boolean samePrefix(byte[] a, byte[] b, int bits) {
        int whole = bits / 8;
        for (int i = 0; i < whole; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (a[whole] & mask) == (b[whole] & mask);
    }

    /** The bytes of a literal IPv4 or IPv6 address, or null; never a DNS lookup. */
    static byte[] literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return null;
        }
        boolean v4 = text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = text.indexOf(':') >= 0 && text.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        if (v4) {
            for (String part : text.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
            }
        }
        try {
            return InetAddress.getByName(text).getAddress(); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
