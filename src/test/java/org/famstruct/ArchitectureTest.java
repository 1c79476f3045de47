package org.famstruct;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of ARCHITECTURE.md depend on each other in one direction only. */
@AnalyzeClasses(packages = "org.famstruct", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("org.famstruct.model..")
            .layer("load").definedBy("org.famstruct.load..")
            .layer("graph").definedBy("org.famstruct.graph..")
            .layer("detect").definedBy("org.famstruct.detect..")
            .layer("compare").definedBy("org.famstruct.compare..")
            .layer("pipeline").definedBy("org.famstruct.pipeline..")
            .layer("report").definedBy("org.famstruct.report..")
            .layer("map").definedBy("org.famstruct.map..")
            .layer("cli").definedBy("org.famstruct.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("map").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("compare").mayOnlyBeAccessedByLayers("cli", "report")
            .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli", "report")
            .whereLayer("detect").mayOnlyBeAccessedByLayers("compare", "report", "map", "pipeline", "cli")
            .whereLayer("graph").mayOnlyBeAccessedByLayers("detect", "compare", "report", "map", "pipeline", "cli")
            .whereLayer("load").mayOnlyBeAccessedByLayers("detect", "pipeline", "cli")
            .whereLayer("model").mayOnlyBeAccessedByLayers("load", "graph", "detect", "compare", "pipeline", "report", "map",
                    "cli");

    /** The DOT primitives know nothing of families: escaping, attributes and the writer only. */
    @ArchTest
    static final ArchRule dotPrimitivesStandAlone = noClasses().that().resideInAPackage("org.famstruct.map.dot..")
            .should().dependOnClassesThat().resideInAnyPackage("org.famstruct.model..", "org.famstruct.graph..",
                    "org.famstruct.detect..", "org.famstruct.map");
}
