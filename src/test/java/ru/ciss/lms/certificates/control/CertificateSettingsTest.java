package ru.ciss.lms.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

class CertificateSettingsTest {

    private static String defaultOf(String field) throws NoSuchFieldException {
        return CertificateSettings.class.getDeclaredField(field).getAnnotation(ConfigProperty.class).defaultValue();
    }

    @Test
    void theDefaultSignatoriesAreAnObviousPlaceholderNotSomeone() throws Exception {
        assertEquals("И. О. Фамилия", defaultOf("signatoryName"));
        assertEquals("И. О. Фамилия", defaultOf("leadName"));
        assertFalse(defaultOf("signatoryPosition").contains("ЦИСС"), "no real organisation's post by default");
        assertEquals("Омск", defaultOf("city"));
        assertTrue(defaultOf("grantLine").contains("гранта Президента Российской Федерации"), defaultOf("grantLine"));
        assertTrue(defaultOf("grantLine").contains("Фондом президентских грантов"), defaultOf("grantLine"));
    }

    @Test
    void thePlaceholderSignaturesAreReportedUntilBothNamesAreSet() {
        CertificateSettings settings = new CertificateSettings();
        settings.signatoryName = CertificateSettings.NAME_PLACEHOLDER;
        settings.leadName = "Петрова А. С.";
        assertTrue(settings.signaturesUnset());
        settings.signatoryName = "Ершова Т. В.";
        assertFalse(settings.signaturesUnset());
        settings.leadName = " И. О. Фамилия ";
        assertTrue(settings.signaturesUnset(), "the lead's signature is on the form too");
    }

    @Test
    void aDashTurnsAnOptionalLineOffAndDetailsAreOptional() {
        CertificateSettings settings = new CertificateSettings();
        settings.organisationDetails = Optional.empty();
        settings.city = " Омск ";
        settings.leadName = "Петрова А. С.";
        settings.leadPosition = "Руководитель программы";
        settings.grantLine = "-";

        CertificateFacts.Issuer issuer = settings.issuer();
        assertEquals(new CertificateFacts.Issuer("", "Омск", "Петрова А. С.", "Руководитель программы", ""), issuer);

        settings.organisationDetails = Optional.of("ИНН 5500000000");
        settings.grantLine = "С использованием гранта";
        assertEquals("ИНН 5500000000", settings.issuer().details());
        assertEquals("С использованием гранта", settings.issuer().grantLine());
    }

    @Test
    void theResultIsAPassWithThePresentationsScoreWhenThereIsOne() {
        assertEquals("зачтено", FinalAssessment.passed(null));
        assertEquals("зачтено (итоговая презентация — 85 %)", FinalAssessment.passed(84.6));
    }
}
