"""Language facts about text: scripts, counts, punctuation tables."""
