"""Table cases for round 13's English kinds and investors (issue 14): the parties of an investment verb written once
for two amounts ("A will invest N and B M") and the shares given to them "respectively". English only: the
mechanisms are English grammar (a verb left out of the second conjunct, "respectively"); Chinese writes each party's
verb (分别) and is handled by zh_stakes. Every sentence is made up for these tests; none is a held-out sentence.
test_round13_en.py runs them."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"

# (language, text, value, unit, kind, investor)
KINDS: list[tuple[str, str, float, str, str, str]] = [
    # --- a verb written once for two parties' amounts ---------------------------------------------------------------
    ("en", "Harbor Steel will invest RMB1.2bn and Norvale Metals RMB800m in the smelter.", 1.2e9, "CNY", P,
     "Harbor Steel"),
    ("en", "Harbor Steel will invest RMB1.2bn and Norvale Metals RMB800m in the smelter.", 800e6, "CNY", P,
     "Norvale Metals"),
    ("en", "Tallow will invest $120 million ($1 = 6.9 yuan) and Kestrel Power $80 million.", 80e6, "USD", P,
     "Kestrel Power"),
    # a party whose short name is a city's, beside a company in the same gapped verb
    ("en", "Lianyang will invest RMB300m (US$45m) and Orbis Chemicals RMB700m (US$105m).", 300e6, "CNY", P,
     "Lianyang"),
    # --- shares given respectively ----------------------------------------------------------------------------------
    ("en", "Harbor Steel will invest RMB1.2bn and Norvale Metals RMB800m, holding 60% and 40% respectively.", 60,
     "percent", P, "Harbor Steel"),
    ("en", "Harbor Steel will invest RMB1.2bn and Norvale Metals RMB800m, holding 60% and 40% respectively.", 40,
     "percent", P, "Norvale Metals"),
    ("en", "Under the deal, Tallow Chemicals and Orbis Energy will hold 70 percent and 30 percent, respectively.", 30,
     "percent", P, "Orbis Energy"),
    # --- near misses ------------------------------------------------------------------------------------------------
    # the second party is a place: a city's plan beside a company's, not a gapped party
    ("en", "The province will invest RMB900m and Lianyang RMB300m in roads this year.", 300e6, "CNY", T, ""),
    # no verb of investing before the first amount: two figures of one subject
    ("en", "Exports reached RMB900m and Lianyang RMB300m last year.", 300e6, "CNY", IND, ""),
    # "respectively" after shares without two named parties
    ("en", "Exports and imports grew 12% and 8% respectively last year.", 8, "percent", IND, ""),
]
