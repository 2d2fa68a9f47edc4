package org.coopgraph.store;

import org.neo4j.cypherdsl.core.MapExpression;
import org.neo4j.cypherdsl.core.NodeBase;
import org.neo4j.cypherdsl.core.NodeLabel;
import org.neo4j.cypherdsl.core.Properties;
import org.neo4j.cypherdsl.core.Property;
import org.neo4j.cypherdsl.core.SymbolicName;

import java.util.List;

/**
 * The static Cypher-DSL model of the graph: labels and property names live here once, so that
 * queries are built from typed pieces and never from strings glued to user input.
 */
public final class Model {

    private Model() {
    }

    /** Names of the fact properties every relationship carries. */
    public static final class Fact {
        public static final String SOURCES = "sources";
        public static final String EVIDENCE = "evidence";
        public static final String SINCE = "since";
        public static final String UNTIL = "until";
        public static final String CONFIDENCE = "confidence";
        public static final String METHOD = "method";

        private Fact() {
        }
    }

    /** Any entity: every entity node carries the {@code Entity} label besides its type's labels. */
    public static final class EntityNode extends NodeBase<EntityNode> {

        public static final EntityNode ENTITY = new EntityNode("Entity");
        public static final EntityNode ORGANISATION = new EntityNode("Organisation");
        public static final EntityNode CENTRE = new EntityNode("Centre");
        public static final EntityNode PERSON = new EntityNode("Person");
        public static final EntityNode COUNTRY = new EntityNode("Country");

        public final Property ID = this.property("id");
        public final Property NAME = this.property("name");
        public final Property TYPE = this.property("type");
        public final Property ALIASES = this.property("aliases");
        public final Property KIND = this.property("kind");
        public final Property COUNTRY_CODE = this.property("country");

        private EntityNode(String label) {
            super(label);
        }

        private EntityNode(SymbolicName symbolicName, List<NodeLabel> labels, Properties properties) {
            super(symbolicName, labels, properties);
        }

        @Override
        public EntityNode named(SymbolicName newSymbolicName) {
            return new EntityNode(newSymbolicName, getLabels(), getProperties());
        }

        @Override
        public EntityNode withProperties(MapExpression newProperties) {
            return new EntityNode(getSymbolicName().orElse(null), getLabels(), Properties.create(newProperties));
        }
    }

    /** A source document. */
    public static final class ReleaseNode extends NodeBase<ReleaseNode> {

        public static final ReleaseNode RELEASE = new ReleaseNode();

        public final Property ID = this.property("id");
        public final Property TITLE = this.property("title");
        public final Property PUBLISHED_ON = this.property("publishedOn");
        public final Property LANGUAGE = this.property("language");
        public final Property SOURCE = this.property("source");
        public final Property SHA256 = this.property("sha256");
        public final Property TEXT = this.property("text");
        public final Property IMPORTED_AT = this.property("importedAt");

        private ReleaseNode() {
            super("Release");
        }

        private ReleaseNode(SymbolicName symbolicName, List<NodeLabel> labels, Properties properties) {
            super(symbolicName, labels, properties);
        }

        @Override
        public ReleaseNode named(SymbolicName newSymbolicName) {
            return new ReleaseNode(newSymbolicName, getLabels(), getProperties());
        }

        @Override
        public ReleaseNode withProperties(MapExpression newProperties) {
            return new ReleaseNode(getSymbolicName().orElse(null), getLabels(), Properties.create(newProperties));
        }
    }
}
