"""Quality checks of a bilingual article: the issue record, the checks and the runner."""
