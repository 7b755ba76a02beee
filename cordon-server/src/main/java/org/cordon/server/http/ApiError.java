package org.cordon.server.http;

/** A request the server refuses, with the status and a reason the caller can act on. */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String field;

    public ApiError(int status, String message) {
        this(status, message, "");
    }

    public ApiError(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
