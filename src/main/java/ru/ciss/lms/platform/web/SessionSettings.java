package ru.ciss.lms.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Session timeout from configuration (lms.session.timeout-minutes), not fixed in web.xml. */
@WebListener
public class SessionSettings implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "lms.session.timeout-minutes", defaultValue = "60")
    int timeoutMinutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(timeoutMinutes * 60);
    }
}
