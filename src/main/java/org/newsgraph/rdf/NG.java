package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The newsgraph vocabulary; ontology/newsgraph.ttl defines every constant here (a test holds them equal). */
public final class NG {
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    /** Where instance IRIs (articles, persons, countries, facts) live. */
    public static final String ID = "https://w3id.org/newsgraph/id/";

    private NG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Article = resource("Article");
    public static final Resource Person = resource("Person");
    public static final Resource Country = resource("Country");
    public static final Resource Organisation = resource("Organisation");
    public static final Resource NewsOutlet = resource("NewsOutlet");
    public static final Resource Treaty = resource("Treaty");
    public static final Resource Fact = resource("Fact");
    public static final Resource RoleHolding = resource("RoleHolding");
    public static final Resource TreatySigning = resource("TreatySigning");
    public static final Resource Statement = resource("Statement");
    public static final Resource StatementKind = resource("StatementKind");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Quotation = resource("Quotation");
    public static final Resource Mention = resource("Mention");
    public static final Resource Resolution = resource("Resolution");

    // Individuals
    public static final Resource criticize = resource("criticize");
    public static final Resource threaten = resource("threaten");
    public static final Resource support = resource("support");
    public static final Resource demand = resource("demand");

    // Properties: articles
    public static final Property articleId = property("articleId");
    public static final Property title = property("title");
    public static final Property url = property("url");
    public static final Property published = property("published");
    public static final Property source = property("source");
    public static final Property text = property("text");
    public static final Property author = property("author");
    public static final Property language = property("language");

    // Properties: entities
    public static final Property isoCode = property("isoCode");
    public static final Property name = property("name");
    public static final Property alias = property("alias");

    // Properties: mentions and resolution across articles
    public static final Property mention = property("mention");
    public static final Property localKey = property("localKey");
    public static final Property form = property("form");
    public static final Property resolvedFrom = property("resolvedFrom");
    public static final Property reason = property("reason");
    public static final Property explanation = property("explanation");
    public static final Property rule = property("rule");

    // Properties: posts over time
    public static final Property post = property("post");
    public static final Property firstSeen = property("firstSeen");
    public static final Property lastSeen = property("lastSeen");
    public static final Property formerBy = property("formerBy");
    public static final Property termStart = property("termStart");
    public static final Property termEnd = property("termEnd");
    public static final Property attestedBy = property("attestedBy");

    // Properties: facts and provenance
    public static final Property evidence = property("evidence");
    public static final Property sentence = property("sentence");
    public static final Property sentenceStart = property("sentenceStart");
    public static final Property start = property("start");
    public static final Property end = property("end");
    public static final Property inTitle = property("inTitle");
    public static final Property extractor = property("extractor");
    public static final Property confidence = property("confidence");
    public static final Property roleLabel = property("roleLabel");
    public static final Property current = property("current");
    public static final Property postedTo = property("postedTo");
    public static final Property treaty = property("treaty");
    public static final Property signatory = property("signatory");
    public static final Property party = property("party");
    public static final Property date = property("date");
    public static final Property place = property("place");
    public static final Property speaker = property("speaker");
    public static final Property target = property("target");
    public static final Property kind = property("kind");
    public static final Property quote = property("quote");
    public static final Property reportedBy = property("reportedBy");
    public static final Property words = property("words");
    public static final Property saidBy = property("saidBy");
    public static final Property attribution = property("attribution");
    public static final Property supports = property("supports");
}
