package org.coopgraph.model;

/** What identifies a release and says where it comes from. publishedOn is YYYY-MM-DD or null. */
public record ReleaseMeta(String id, String title, String publishedOn, String language, String source) {
}
