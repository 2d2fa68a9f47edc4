package org.coopgraph.security;

import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cypher injection is impossible by construction (user input only reaches Cypher as
 * parameters); this test tries anyway. Quotes, backticks, brace-breaking strings, Cypher keywords
 * and Unicode tricks go into every parameter of every question: each answer is a 4xx problem or a
 * correct (often empty) answer, never a 5xx, and the graph is unchanged afterwards.
 */
@WithNeo4j
class HostileParametersIT {

    static final List<String> HOSTILE = List.of(
            "' OR 1=1 //",
            "\" }) MATCH (n) DETACH DELETE n //",
            "`) DETACH DELETE n //",
            "}]->(x) WITH x MATCH (n) DETACH DELETE n RETURN 1 //",
            "igci' RETURN 1 UNION MATCH (n) SET n.pwned = true RETURN 1 //",
            "$id",
            "\\u0027 OR true",
            "CALL db.labels()",
            "kaspersky-lab\u0000",
            "igci\u202e",
            "ＩＧＣＩ",
            "i\u0307gci",
            "*:*",
            "name:(a OR b)~",
            "%00%27",
            "x".repeat(5000));

    static final List<String> ROUTES = List.of(
            "/api/search?q={}", "/api/search?q=cmii&type={}", "/api/search?q=cmii&limit={}",
            "/api/entities/{}", "/api/entities/{}/neighbourhood", "/api/entities/igci/neighbourhood?types={}",
            "/api/entities/igci/neighbourhood?relations={}", "/api/entities/igci/neighbourhood?from={}",
            "/api/entities/igci/neighbourhood?cursor={}", "/api/entities/igci/neighbourhood?depth={}",
            "/api/entities/{}/timeline", "/api/entities/kaspersky-lab/timeline?to={}",
            "/api/centres/{}/supporters", "/api/centres/igci/supporters?asOf={}",
            "/api/support?kind={}", "/api/support?asOf={}",
            "/api/intelligence/reach?from={}", "/api/intelligence/reach?from=kaspersky-lab&asOf={}",
            "/api/intelligence/reach?from=kaspersky-lab&maxHops={}",
            "/api/intelligence/sources?country={}", "/api/paths?from={}&to=FR", "/api/paths?from=kaspersky-lab&to={}",
            "/api/paths?from=kaspersky-lab&to=FR&relations={}", "/api/people/{}/roles", "/api/organisations/{}/people",
            "/api/analytics/brokers?relations={}", "/api/facts?relation={}", "/api/facts?source={}",
            "/api/facts?minConfidence={}", "/api/facts?since={}", "/api/releases?cursor={}", "/api/releases/{}",
            "/api/export?format={}", "/api/export?format=json&around={}");

    private final TestGraph graph;
    private final TestApi api;

    HostileParametersIT(TestGraph graph, TestApi api) {
        this.graph = graph;
        this.api = api;
    }

    @Test
    void everyParameterRefusesOrAnswersAndTheGraphIsUnchanged() {
        Map<String, Long> before = graph.counts();
        List<String> failures = new ArrayList<>();
        for (String route : ROUTES) {
            for (String hostile : HOSTILE) {
                String encoded = URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20");
                String path = route.replace("{}", encoded);
                TestApi.Response r = api.get(path);
                boolean ok = (r.status() >= 400 && r.status() < 500 && r.contentType().startsWith("application/problem+json"))
                        || r.status() == 200;
                if (!ok || r.body().contains("\tat ") || r.body().contains("Exception")) {
                    failures.add(r.status() + " " + route + " <- " + hostile.substring(0, Math.min(40, hostile.length())));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(graph.counts()).isEqualTo(before);
        assertThat(graph.count("MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n)", Map.of())).isZero();
    }
}
