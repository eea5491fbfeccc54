"""Vocabulary as data: cue words, labels, speech verbs and month names, one module per topic.

Code consults these tables; it does not spell the words itself. A language is added by
extending the tables, not the code.
"""
