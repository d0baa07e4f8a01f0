"""Table cases for English number forms and counts (issue 14, round 8): share prices in a sentence about a
company's shares (counted however small), a yuan mark written before a dollar sign ("CNY$"), a percentage made
negative by the word after it ("closed 3.1 percent lower"), production bases and plants counted like factories —
and numbers before a counted noun that count nothing the article reports: a rank, companies named in passing, a
company's name with a number. Every sentence is written for these tests with made-up companies and numbers; none
is a held-out sentence. test_forms_en.py runs them."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"

# (text, value, unit, kind): the value is found as a fact of this kind
FORMS_FOUND: list[tuple[str, float, str, str]] = [
    # --- share prices: "at / to / of N" in a sentence about the shares --------------------------------------
    ("Norvale Chemicals [SHA:601234] ended 2.4 percent higher at CNY38.20 on Tuesday.", 38.2, "CNY", IND),
    ("Norvale's stock finished the week at 17.65 yuan after the filing.", 17.65, "CNY", IND),
    ("Shares of Pellucid Optics climbed to a record high of CNY112.5 in early trading.", 112.5, "CNY", IND),
    ("The shares of Tallow Steel rose to $8.40 in New York after the results.", 8.4, "USD", IND),
    ("Its stock [SHE: 002991] traded at RMB 64.02 at the close.", 64.02, "CNY", IND),
    # --- a price or a subsidy per unit of a product: a rate, counted however small, an indicator -----------------
    ("The plant will sell power at a tariff of 0.38 yuan per kilowatt-hour.", 0.38, "CNY", IND),
    ("The project will receive a subsidy of RMB 0.2 per kWh for ten years.", 0.2, "CNY", IND),
    ("Its investment will be 300 million yuan, about 3 yuan per watt of capacity.", 3e8, "CNY", P),
    ("Buyers received subsidies of RMB 2.5 per watt last year.", 2.5, "CNY", IND),
    # --- a yuan mark before a dollar sign is yuan ---------------------------------------------------------------
    ("Marlin Semiconductor will build the fab with an investment of CNY$18 billion.", 18e9, "CNY", P),
    ("The partners put RMB$ 2.5 billion into the venture.", 2.5e9, "CNY", P),
    # --- a percentage made negative by the word after it ---------------------------------------------------------
    ("Kelvin Power closed 6.2 percent lower on Friday.", -6.2, "percent", IND),
    ("Orders were 4 percent down on the year before.", -4, "percent", IND),
    ("The index sank 2.9 percent in the afternoon.", -2.9, "percent", IND),
    # --- production bases, plants and fabs counted like factories ------------------------------------------------
    ("The group has built nine production bases across Jiangsu and Anhui.", 9, "count", IND),
    ("Over the past decade the firm opened 14 plants in four provinces.", 14, "count", IND),
    ("Quanta Display now runs three fabs in Hefei.", 3, "count", IND),
]

# (text, unit): no fact of this unit
FORMS_NOT_FACTS: list[tuple[str, str]] = [
    # a small amount with no share context lost its size word: not counted
    ("The county will build a CNY15 logistics park next year.", "CNY"),
    ("Revenue climbed to 48 yuan, the filing said.", "CNY"),
    # ranks, companies named in passing, a company's name with a number
    ("Tallow Steel is now one of the five largest steelmakers of the province.", "count"),
    ("It has become one of the country's three biggest manufacturers of anode material.", "count"),
    ("Norvale is one of 12 suppliers of the carmaker's battery cells.", "count"),
    ("The talks between the two companies began in 2019.", "count"),
    ("The two firms set up the venture in March.", "count"),
    ("Guests from Vertane, 720 Robotics Group and Halden Foods attended.", "count"),
    ("The region will focus on building six industrial bases and eight industrial chains.", "count"),
    ("A delegation from 3 Harbour Logistics visited the zone.", "count"),
]

# (text, unit, n): exactly n facts of this unit
FORMS_HOW_MANY: list[tuple[str, str, int]] = [
    # the converted dollars of a "CNY$" amount are a conversion, not a fact of their own
    ("Marlin will invest CNY$18 billion (US$2.6 billion) in the fab.", "USD", 0),
    # a count of companies the article reports is kept beside the pair named in passing
    ("More than 60 companies signed deals. The two companies that led the list are from Wuxi.", "count", 1),
]
