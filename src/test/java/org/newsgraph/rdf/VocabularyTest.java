package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.StatementKind;

/** NG.java and ontology/newsgraph.ttl define the same terms, each documented; the model's enums agree. */
class VocabularyTest {
    private static Model ontology;
    private static Map<String, Resource> constants;

    @BeforeAll
    static void load() throws IllegalAccessException {
        ontology = RDFDataMgr.loadModel(ProjectFiles.ontology("newsgraph.ttl").toString());
        constants = new TreeMap<>();
        for (Field field : NG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                constants.put(field.getName(), (Resource) field.get(null));
            }
        }
    }

    @Test
    void constantsAreNamedAfterTheirLocalNames() {
        assertThat(constants).isNotEmpty().allSatisfy((name, term) -> assertThat(term.getURI()).isEqualTo(NG.NS + name));
    }

    @Test
    void everyConstantIsDefinedInTheOntology() {
        assertThat(constants.values()).allSatisfy(term ->
                assertThat(ontology.contains(term, RDF.type)).as("%s has an rdf:type in newsgraph.ttl", term).isTrue());
    }

    @Test
    void everyTermTheOntologyDefinesHasAConstant() {
        Set<String> defined = ontology.listSubjectsWithProperty(RDF.type).toList().stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .filter(uri -> uri.startsWith(NG.NS))
                .collect(Collectors.toSet());
        Set<String> inJava = constants.values().stream().map(Resource::getURI).collect(Collectors.toSet());
        assertThat(inJava).containsExactlyInAnyOrderElementsOf(defined);
    }

    @Test
    void propertiesAreOwlPropertiesAndTheRestClassesOrKinds() {
        assertThat(constants.values()).allSatisfy(term -> {
            Set<RDFNode> types = ontology.listObjectsOfProperty(term, RDF.type).toSet();
            if (term instanceof Property) {
                assertThat(types).as("types of %s", term).containsAnyOf(OWL.DatatypeProperty, OWL.ObjectProperty);
            } else {
                assertThat(types).as("types of %s", term).containsAnyOf(OWL.Class, NG.StatementKind);
            }
        });
    }

    @Test
    void everyTermHasAnEnglishLabelAndComment() {
        assertThat(constants.values()).allSatisfy(term -> {
            assertThat(ontology.getProperty(term, RDFS.label)).as("rdfs:label of %s", term).isNotNull();
            assertThat(ontology.getProperty(term, RDFS.label).getLanguage()).isEqualTo("en");
            assertThat(ontology.getProperty(term, RDFS.comment)).as("rdfs:comment of %s", term).isNotNull();
            assertThat(ontology.getProperty(term, RDFS.comment).getString()).isNotBlank();
        });
    }

    @Test
    void statementKindsOfTheModelAreTheOntologysKinds() {
        // FactMapper writes NG.NS + kind.label(): each must be a declared ng:StatementKind, and no more
        Set<String> declared = ontology.listSubjectsWithProperty(RDF.type, NG.StatementKind).toList().stream()
                .map(Resource::getURI).collect(Collectors.toSet());
        Set<String> written = Arrays.stream(StatementKind.values()).map(k -> NG.NS + k.label()).collect(Collectors.toSet());
        assertThat(written).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void domainsAndRangesAreDefinedTerms() {
        // a typo in a domain or range (ng:Artcle) would silently name a class nobody defines
        assertThat(ontology.listStatements().toList()).allSatisfy(statement -> {
            if (statement.getPredicate().equals(RDFS.domain) || statement.getPredicate().equals(RDFS.range)
                    || statement.getPredicate().equals(RDFS.subClassOf)) {
                RDFNode object = statement.getObject();
                if (object.isURIResource() && object.asResource().getURI().startsWith(NG.NS)) {
                    assertThat(ontology.contains(object.asResource(), RDF.type)).as("%s is defined", object).isTrue();
                }
            }
        });
    }
}
