// Host-facing test hooks of the MMM components (finite-difference tests call these); owned by the model work.
