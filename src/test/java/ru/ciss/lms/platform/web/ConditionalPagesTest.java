package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.platform.security.Role;

class ConditionalPagesTest {

    /** A role missing from the tag would let a page built for the caller's old roles answer 304 after a change. */
    @Test
    void theTagHoldsEveryRoleACallerMayHave() {
        List<String> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            roles.add(role.name());
        }
        roles.add(Role.INVITED_MENTOR_NAME);
        assertEquals(roles, ConditionalPages.ROLES);
    }
}
