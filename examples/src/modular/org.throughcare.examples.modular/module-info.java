/**
 * An application that embeds the engine as a named module: it needs only {@code requires org.throughcare.core}.
 * The knowledge base (rules-kb, the automatic module {@code org.throughcare.kb}) and the Drools jars only have to be
 * on the module path. See docs/module-path.md; ModulePathIT compiles and runs this module in {@code mvn verify}.
 */
module org.throughcare.examples.modular {
    requires org.throughcare.core;
}
