"""The policy of a check run, in one place: which rules and findings are reported and how loud
(`selection`), suppressions in articles, baselines and their fingerprints, the outputs a run may
write, and the check itself (`check`: a CheckRequest in, a CheckResult out)."""
