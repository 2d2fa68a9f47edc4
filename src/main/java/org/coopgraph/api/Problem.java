package org.coopgraph.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document: what every error answers, as {@code application/problem+json}.
 *
 * @param parameter the query or path parameter at fault, when there is one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String parameter) {

    public static final String CONTENT_TYPE = "application/problem+json";

    static Problem of(int status, String title, String detail, String instance, String parameter) {
        return new Problem("about:blank", title, status, detail, instance, parameter);
    }
}
