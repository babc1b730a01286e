package ru.ciss.lms.certificates.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * /verify/&lt;register number&gt;, the address printed in the QR code: short, readable, and the number is all it
 * holds. It shows the Faces page /verify.xhtml with that number; no sign-in.
 */
@WebServlet("/verify/*")
public class VerifyPathServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String number = path == null || path.length() < 2 ? "" : path.substring(1);
        request.getRequestDispatcher("/verify.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
