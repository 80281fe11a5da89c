"""Seeded generators of hostile input for the command line, shared by the test and the long run."""
