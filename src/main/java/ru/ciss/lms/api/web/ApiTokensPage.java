package ru.ciss.lms.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.ciss.lms.api.boundary.ApiTokenException;
import ru.ciss.lms.api.boundary.ApiTokens;
import ru.ciss.lms.api.entity.ApiToken;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.Texts;

/**
 * /admin/api-tokens.xhtml: an administrator's personal API tokens. A new token's secret goes through the flash to
 * the page the browser is redirected to, so it is shown once: a reload or a bookmark shows it no more, and a reload
 * cannot make a second token.
 */
@Named
@RequestScoped
public class ApiTokensPage {

    static final String SECRET = "apiTokenSecret";
    /** A new token lives this long unless the administrator chooses otherwise. */
    static final int DEFAULT_DAYS = 90;

    @Inject
    ApiTokens tokens;

    private String name;
    private ApiToken.Scope scope = ApiToken.Scope.READ;
    private String validUntil = LocalDate.now(SchoolClock.current()).plusDays(DEFAULT_DAYS).toString();
    private List<ApiTokens.TokenRow> mine;

    public String make() {
        LocalDate until;
        try {
            until = LocalDate.parse(validUntil == null ? "" : validUntil.strip());
        } catch (DateTimeParseException e) {
            Texts.error("make:until", "api.tokens.invalid.validUntil");
            return null;
        }
        try {
            ApiTokens.Issued issued = tokens.issue(name, scope, until);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(SECRET, issued.secret());
            return "/admin/api-tokens?faces-redirect=true";
        } catch (ApiTokenException e) {
            Texts.error(e.textKey().endsWith("name") ? "make:name" : "make:until", e.textKey());
            return null;
        }
    }

    public String revoke(long id) {
        try {
            tokens.revoke(id);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Texts.info("api.tokens.revokedDone");
        } catch (ApiTokenException e) {
            Texts.error(null, e.textKey());
            return null;
        }
        return "/admin/api-tokens?faces-redirect=true";
    }

    /** The secret of the token just made, once; null otherwise. */
    public String getShownSecret() {
        return (String) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(SECRET);
    }

    public List<ApiTokens.TokenRow> getTokens() {
        if (mine == null) {
            mine = tokens.mine();
        }
        return mine;
    }

    public boolean active(ApiTokens.TokenRow token) {
        return token.active(Instant.now(SchoolClock.current()));
    }

    /** The last day the token works, as chosen: it expires at the start of the next day in the school's zone. */
    public String lastDay(ApiTokens.TokenRow token) {
        return String.format("%1$td.%1$tm.%1$tY", LocalDate.ofInstant(token.expiresAt(), SchoolClock.ZONE).minusDays(1));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApiToken.Scope getScope() {
        return scope;
    }

    public void setScope(ApiToken.Scope scope) {
        this.scope = scope;
    }

    public String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(String validUntil) {
        this.validUntil = validUntil;
    }
}
