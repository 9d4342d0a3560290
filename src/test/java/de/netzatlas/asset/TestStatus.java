package de.netzatlas.asset;

/** A small workflow for the tests: A → B → C, B back to A, C final. */
enum TestStatus implements AssetStatus {
    A("Anfang"), B("Mitte"), C("Ende");

    private final String label;

    TestStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static final StatusWorkflow<TestStatus> WORKFLOW = StatusWorkflow.of(TestStatus.class)
            .allow(A, B).allow(B, C, A).build();
}
