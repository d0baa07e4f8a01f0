"""Table cases for round 13's English kinds and investors (issue 14): the parties of an investment verb written once
for two amounts ("A will invest N and B M") and the shares given to them "respectively". English only: the
mechanisms are English grammar (a verb left out of the second conjunct, "respectively"); Chinese writes each party's
verb (分别) and is handled by zh_stakes; a name cut before "of <Place>" and an "N%-owned unit" are English
word orders (Chinese writes 持股N%的子公司, zh_stakes). Every sentence is made up for these tests; none is a
held-out sentence. test_round13_en.py runs them."""

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
    # --- a name cut before " of <Place>" that runs on to its defined short name ----------------------------------
    ("en", "The Halden Steel Corporation of Canada (Halco), the largest mill, said it will raise its investment in "
           "the venture by an additional RMB300m. Halco said so.", 300e6, "CNY", P, "Halco"),
    # --- a company's holding in a unit written before the unit's noun ------------------------------------------------
    ("en", "Halden Steel Co Ltd (Halco), the largest mill, announced its 55%-owned unit Tarn Metals will build a "
           "mill. Halco said so.", 55, "percent", P, "Halco"),
    ("en", "Norvale Chemicals' 70 percent-owned subsidiary Orbis will build a plant.", 70, "percent", P,
     "Norvale Chemicals"),
    # --- a descriptor of origin or owner before the name ("Chinese-owned X") ----------------------------------------
    ("en", "Today, Chinese-owned Norvale Rail America broke ground on a $90 million, state-of-the-art car plant.",
     90e6, "USD", P, "Norvale Rail America"),
    ("en", "Ohio-funded Tallow Robotics will invest $40 million in a new plant.", 40e6, "USD", P, "Tallow Robotics"),
    # --- a sentence opening "Total investment is N" without its determiner, after one venture ----------------------
    ("en", "Norvale Rail said its joint venture plant in Peru started work. Total investment is 45.2 million U.S. "
           "dollars.", 45.2e6, "USD", P, ""),
    # --- "the Chinese side" of a venture: the Chinese company the article named before ------------------------------
    ("en", "China Norvale Rail Corporation Ltd. said its joint venture plant in Peru started work. The venture cost "
           "$45 million, and the Chinese side holds 60 percent of the share.", 60, "percent", P,
     "China Norvale Rail Corporation Ltd."),
    ("en", "China's Tallow Motors set up a venture in Chile. The Chinese partner will own 70% of it.", 70, "percent",
     P, "Tallow Motors"),
    # --- a facility with a "for" complement "worth N", built by the agent of "to build" -----------------------------
    ("en", "The city granted a licence to Bright Lotus Limited to build a centre for fabric design and dyeing worth "
           "$75m.", 75e6, "USD", P, "Bright Lotus Limited"),
    ("en", "Halden Textiles opened a center for garment design worth $30m.", 30e6, "USD", P, "Halden Textiles"),
    # --- a salary of the jobs, qualified as a rate: an indicator even in a future sentence --------------------------
    ("en", "The plant will have a staff of 90 people, with a minimum salary of $52,000 a year.", 52000, "USD", IND, ""),
    ("en", "The new jobs will pay a starting monthly wage of 6,500 yuan.", 6500, "CNY", IND, ""),
    # --- one contract's amount: a project without investor (a sale) ------------------------------------------------
    ("en", "Last year Norvale Rail received a $410 million contract from the state to build subway cars.", 410e6,
     "USD", P, ""),
    ("en", "Halden Wind won a supply contract worth 320 million yuan to deliver turbines.", 320e6, "CNY", P, ""),
    # --- near misses ------------------------------------------------------------------------------------------------
    # the second party is a place: a city's plan beside a company's, not a gapped party
    ("en", "The province will invest RMB900m and Lianyang RMB300m in roads this year.", 300e6, "CNY", T, ""),
    # no verb of investing before the first amount: two figures of one subject
    ("en", "Exports reached RMB900m and Lianyang RMB300m last year.", 300e6, "CNY", IND, ""),
    # "respectively" after shares without two named parties
    ("en", "Exports and imports grew 12% and 8% respectively last year.", 8, "percent", IND, ""),
    # a bracketed place after the name, never written again: not a short name
    ("en", "The Halden Steel Corporation of Canada (Ontario) said it will raise its investment in the venture by an "
           "additional RMB300m.", 300e6, "CNY", P, "Halden Steel Corporation"),
    # a share held after the unit ("owned by X") is the holder's (round 21); a place's "owned": no company's holding
    ("en", "The venture will be 80 percent owned by Norvale.", 80, "percent", P, "Norvale"),
    ("en", "The province's 60% owned land lies idle.", 60, "percent", IND, ""),
    # "Total investment" of a place, and a Chinese side without a Chinese company named: no project, no investor
    ("en", "Total investment in the province reached 63.4 billion yuan last year.", 63.4e9, "CNY", IND, ""),
    ("en", "Total investment was 7.25 billion yuan in the first half.", 7.25e9, "CNY", IND, ""),
    ("en", "The city and a partner set up a venture. The Chinese side holds 51 percent of the share.", 51, "percent",
     IND, ""),
    # a place's centre "worth N": the place's plan, no company's project
    ("en", "The province will build a center for garment design worth $30m.", 30e6, "USD", T, ""),
    # the company's wage bill (no rate word): what it will spend, not a salary rate
    ("en", "The province will raise wages by 2.5 billion yuan next year.", 2.5e9, "CNY", T, ""),
    # contracts in the plural over a period, and a place's contracted investment: not one contract
    ("en", "In the first half, Norvale Rail signed contracts worth $410 million.", 410e6, "USD", IND, ""),
    ("en", "The contract investment in Lianyang reached 3.5 billion yuan last year.", 3.5e9, "CNY", IND, ""),
    # a hyphen inside the name itself is kept
    ("en", "Halden-Pryce will invest $60 million in a new plant.", 60e6, "USD", P, "Halden-Pryce"),
]

# (language, text, value, unit, found): a number glued to the word before it by a sentence's full stop, as scraped
# pages write "the province.36 projects", is a number (not a decimal ".36"); "No.1" stays a rank
GLUED: list[tuple[str, str, float, str, bool]] = [
    ("en", "The list was announced last week in the province.24 projects, including a steel plant, are listed.", 24,
     "count", True),
    ("en", "The city added two parks this year.15 projects worth 9 billion yuan were signed.", 15, "count", True),
    ("en", "Halden Wind is the sector's No.1 manufacturer of turbines.", 1, "count", False),
    ("en", "Growth was 0.36 percent last year.", 0.36, "percent", True),
]

# (language, text, value, kind): counts of the projects a plan or list announces are targets; a progress report's
# counts (what the listed projects completed or started) are not
LISTED: list[tuple[str, str, float, str]] = [
    ("en", "The list was announced last week in the province. 24 projects, including a steel plant and a park, are "
           "listed in the new project plan.", 24, "target"),
    ("en", "Lianyang city, a total of 40 projects included in the list, with a total investment of 9 billion yuan.", 40,
     "target"),
    ("en", "The 40 projects included in the list completed an investment of 9 billion yuan in the first half.", 40,
     "indicator"),
    ("en", "In the first half, 40 projects were signed in Lianyang.", 40, "indicator"),
    # projects a city offers to investors (round 14): open, listed or offered to investment, or needing investment
    ("en", "Thirty projects, covering tourism and logistics, are open to foreign investment.", 30, "target"),
    ("en", "Sixty key projects, needing a total investment of US$2.4 billion, have been listed for overseas "
           "investment by Norvale.", 60, "target"),
    ("en", "The projects are in farming and transport. Twelve of the projects need investments of US$5 million each.",
     12, "target"),
    ("en", "Lianyang has 25 projects seeking foreign partners this year.", 25, "target"),
    ("en", "Thirty projects, covering tourism and logistics, were completed last year.", 30, "indicator"),
    ("en", "Thirty projects, needing a total investment of US$2.4 billion, were signed last year.", 30, "indicator"),
    ("en", "Thirty projects were opened to traffic last year.", 30, "indicator"),
]
