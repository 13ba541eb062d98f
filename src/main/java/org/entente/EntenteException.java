package org.entente;

/**
 * The one unchecked root exception of Entente. Its message says what went wrong and how to fix it,
 * naming the file, line or field where there is one; the command line prints it as one line.
 */
public class EntenteException extends RuntimeException {
    public EntenteException(String message) {
        super(message);
    }

    public EntenteException(String message, Throwable cause) {
        super(message, cause);
    }
}
