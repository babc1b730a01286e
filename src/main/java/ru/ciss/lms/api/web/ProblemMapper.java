package ru.ciss.lms.api.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ciss.lms.platform.rules.RefusedException;

/** Every failure of a resource as problem+json: no stack trace and no HTML error page reaches a client. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        return switch (failure) {
            case ApiProblem problem -> Problems.response(problem.status(), problem.key(), headers, problem.args());
            case RefusedException refused -> Problems.refusal(409, refused, headers);
            case EJBException ejb when ejb.getCause() instanceof RefusedException refused ->
                    Problems.refusal(409, refused, headers);
            case NotFoundException ignored -> Problems.response(404, "notFound", headers);
            case NotAllowedException ignored -> Problems.response(405, "method", headers);
            case EJBAccessException ignored -> Problems.response(403, "forbidden", headers);
            // A body that is no JSON of the expected shape (Jersey's reader fails before the resource runs).
            case jakarta.ws.rs.ProcessingException ignored -> Problems.response(400, "badRequest", headers);
            case jakarta.json.bind.JsonbException ignored -> Problems.response(400, "badRequest", headers);
            case WebApplicationException web when web.getResponse().getStatus() < 500 ->
                    Problems.response(web.getResponse().getStatus(), "badRequest", headers);
            default -> {
                LOG.log(Level.SEVERE, "An API call failed", failure);
                yield Problems.response(500, "server", headers);
            }
        };
    }
}
