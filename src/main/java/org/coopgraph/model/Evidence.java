package org.coopgraph.model;

/** The words a fact came from: a quote and its character offsets into the release body. */
public record Evidence(String quote, int start, int end) {
}
