package de.netzatlas.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static field that holds state on purpose, with the reason. Netzatlas has no static
 * mutable state (ARCHITECTURE.md, Threads): the architecture test lets a static field be
 * non-final, or hold a mutable holder such as an {@code AtomicReference}, only with this
 * annotation, so that every exception is visible and argued where it is declared.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface DeliberateStaticState {

    /** Why this state must be static (e.g. "Gluon Maps creates the retriever through ServiceLoader"). */
    String value();
}
