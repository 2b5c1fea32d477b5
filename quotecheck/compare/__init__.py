"""The compare stage: quote clusters and extracted facts become findings with rule ids and evidence.

quotes.py and wording.py judge the versions of one quotation, reference.py checks drafts
against a primary source, figures.py and dates.py compare facts, findings.py holds the rule
table and what every finding is built with.
"""
