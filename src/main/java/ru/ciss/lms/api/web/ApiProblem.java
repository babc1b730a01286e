package ru.ciss.lms.api.web;

/** A refusal a resource answers with: a status and the problem's key (api.problem.<key> in the bundle). */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String key;
    private final transient Object[] args;

    public ApiProblem(int status, String key, Object... args) {
        super(key, null, false, false); // an expected answer: no stack trace to fill
        this.status = status;
        this.key = key;
        this.args = args;
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
