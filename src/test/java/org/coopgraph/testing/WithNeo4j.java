package org.coopgraph.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class against the one real Neo4j of this test run (see {@link Neo4jExtension}), and
 * injects {@link TestGraph} and {@link TestApi} into constructors and methods.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Neo4jExtension.class)
public @interface WithNeo4j {
}
