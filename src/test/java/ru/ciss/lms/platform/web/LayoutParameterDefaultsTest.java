package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class LayoutParameterDefaultsTest {

    private final LayoutParameterDefaults resolver = new LayoutParameterDefaults();

    @Test
    void theLayoutsSwitchesAreAnsweredUnsetWhereAPageSetsNone() {
        for (String name : new String[] {"stateless", "revalidate", "ownMessages"}) {
            ELContext context = context();
            // null, as an unset name always was: «empty ownMessages» must stay true (false is not empty)
            assertNull(resolver.getValue(context, null, name), name);
            assertTrue(context.isPropertyResolved(), name);
        }
    }

    @Test
    void everyOtherNameIsLeftToTheOtherResolvers() {
        ELContext context = context();
        assertNull(resolver.getValue(context, null, "currentUser"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, new Object(), "stateless"), "only top-level names");
        assertFalse(context.isPropertyResolved());
    }

    private static ELContext context() {
        return new ELContext() { // no EL implementation on the unit tests' class path: only what a resolver sees
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
