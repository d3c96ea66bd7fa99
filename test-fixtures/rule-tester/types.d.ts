// Ambient declarations shared by the typed rule tests.
