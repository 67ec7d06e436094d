"""One module per recognizer, named after it; ``classifiers.registry`` lists them explicitly."""
