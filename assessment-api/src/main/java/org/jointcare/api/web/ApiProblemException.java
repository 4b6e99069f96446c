package org.jointcare.api.web;

import org.springframework.http.ProblemDetail;

/** A refusal the API itself decides (not the care record's rules), carrying the problem to answer with. */
public class ApiProblemException extends RuntimeException {

    private final transient ProblemDetail problem;

    public ApiProblemException(ProblemDetail problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    public ApiProblemException(ApiProblem problem, String detail) {
        this(problem.detail(detail));
    }

    public ProblemDetail problem() {
        return problem;
    }
}
