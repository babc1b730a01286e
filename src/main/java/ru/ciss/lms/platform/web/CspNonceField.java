package ru.ciss.lms.platform.web;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * The hidden "primefaces.nonce" field that PrimeFaces checks on every postback in CSP mode. PrimeFaces' script
 * adds it, but only on pages that load that script; plain pages (sign-in, profile) stay script-free for slow
 * connections, so every form writes the field itself ({@link CspNonceFormListener}).
 */
public class CspNonceField extends UIComponentBase {

    public static final String ID = "csp-nonce";

    public CspNonceField() {
        setId(ID);
        setTransient(true);
    }

    @Override
    public String getFamily() {
        return "ru.ciss.lms.CspNonce";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        String nonce = PrimeFacesContext.getCspState(context).getNonce();
        if (nonce == null || nonce.isBlank()) {
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", null);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", "primefaces.nonce", null);
        writer.writeAttribute("value", nonce, null);
        writer.endElement("input");
    }
}
