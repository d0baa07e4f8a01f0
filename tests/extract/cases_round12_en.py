"""Table cases for round 12's English amount forms (issue 14): a million or billion glued to the number as "m"
("US$320m", "824m yuan"), a currency note of a filing ("4,250,000 (RMB, same as below)") for the bare amount before it
and the separated amounts after it, and an amount equal to a conversion stated before it (a closing headline's "to
invest US$58m" for the body's "480 million yuan (US$58 million)"), in every script where the mechanism applies.
Every sentence is made up for these tests; none is a held-out sentence. test_round12_en.py runs them."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"

# (language, text, value, unit): the value is found as a fact
FOUND: list[tuple[str, str, float, str]] = [
    # --- "m" glued to the number, after a currency sign or before a currency word -----------------------------------
    ("en", "Halvard Motors opens its Ohio plant after a US$410m investment.", 410e6, "USD"),
    ("en", "The new line of Pellucid Optics cost $85m, the company said.", 85e6, "USD"),
    ("en", "Norvale won a contract valued at around 615m yuan to build the wind farm.", 615e6, "CNY"),
    ("en", "Tallow Steel will put RMB750m into the rolling mill.", 750e6, "CNY"),
    ("en", "Kelvin Power agreed to buy the grid assets for HK$96m.", 96e6, "HKD"),
    # --- a currency note of a filing ---------------------------------------------------------------------------------
    ("en", "It is proposed to change the remaining proceeds of\n4,250,000 (RMB, same as below)\nto the new base.",
     4_250_000, "CNY"),
    ("en", "The remaining proceeds of 4,250,000 (RMB, same as below) and net interest of\n73,800(interest income "
           "less fees) will fund the Lianyang base.", 73_800, "CNY"),
    ("en", "Quanta Display will invest 36,000,000 (in US dollars) in the Penang plant.", 36e6, "USD"),
]

# (language, text, value, kind): a count found with this kind — tenders won counted like deals, the developers
# (customers) they serve like companies, projects written with a prefix ("mega-projects")
COUNTS: list[tuple[str, str, float, str]] = [
    ("en", "Halvard Wind won nine tenders in Gansu last year.", 9, IND),
    ("en", "Its turbines went to 11 wind farm developers in the region.", 11, IND),
    ("en", "Another three mega-projects were signed in Lianyang on Friday.", 3, IND),
    ("en", "The order book now holds 14 bids from steel mills.", 14, IND),
    # a list of modifiers with commas before the counted noun
    ("en", "The group has 31 wholly-owned, holding and shareholding companies in China.", 31, IND),
]

# (language, text, value, unit, kind, investor): an acquisition's price is the buyer's project — an offer or a bid
# "for" a company, a purchase after a date's year ("In late May, 2019, X acquired …"), a buyer written after
# "The <place>-based"; near misses stay indicators without investor
KINDS: list[tuple[str, str, float, str, str, str]] = [
    ("en", "Halvard Group made a $4.2 billion offer for Lumen Foods in May.", 4.2e9, "USD", P, "Halvard Group"),
    ("en", "Halvard Group placed a US$900 million bid for the Ostrava mill.", 9e8, "USD", P, "Halvard Group"),
    ("en", "In late May, 2019, Halvard Group acquired Lumen Foods for US$6.3 billion.", 6.3e9, "USD", P,
     "Halvard Group"),
    ("en", "Halvard Group bought Lumen Foods for US$6.3 billion.", 6.3e9, "USD", P, "Halvard Group"),
    ("en", "Halvard is a pork giant. The Hong Kong–based Halvard made a $4.2 billion offer for Lumen Foods.", 4.2e9,
     "USD", P, "Halvard"),
    ("en", "The Hangzhou-based Norvale Group will invest $420 million in a glass plant.", 4.2e8, "USD", P,
     "Norvale Group"),
    # money a company shells out or earmarks for one thing is its project; a short name the article defines after a
    # company's name ("Halvard Power Corporation (HPC)") is that company opening its sentence
    ("en", "Halvard Power will shell out 10 billion yuan for a generator system in Lianjiang.", 1e10, "CNY", P,
     "Halvard Power"),
    ("en", "Investors included Halvard Power Corporation (HPC) and Lumen Steel Group Corporation. HPC, one of the five "
           "largest power companies, will shell out 12 billion yuan for a generator system in Lianjiang.", 1.2e10,
     "CNY", P, "Halvard Power Corporation (HPC)"),
    ("en", "Lumen Steel Group earmarked 800 million yuan for a rolling mill in Fangcheng.", 8e8, "CNY", P,
     "Lumen Steel Group"),
    # a company named after the sentence's own words, past the first line ("… involves metals giant X Group")
    ("en", "The port is forecast to handle 20 million tons a year.\nThe other mega-project involves metals giant "
           "Halvard Steel Group Corp - an iron and steel project that will cost 63.5 billion yuan.", 6.35e10, "CNY", P,
     "Halvard Steel Group"),
    ("en", "Halvard Group made a profit of $4.2 billion in May.", 4.2e9, "USD", IND, ""),
    # a year's figure compared across years is no project: the later one a plan's, the baseline ("from M in Y") what was
    ("en", "Norvale Cement expects to boost capital expenditure 40 percent to 12 billion yuan in 2025, from about 8 "
           "billion yuan in 2024.", 1.2e10, "CNY", T, ""),
    ("en", "Norvale Cement expects to boost capital expenditure 40 percent to 12 billion yuan in 2025, from about 8 "
           "billion yuan in 2024.", 8e9, "CNY", IND, ""),
    ("en", "Norvale Cement will invest 12 billion yuan in 2025 to build a kiln line.", 1.2e10, "CNY", P,
     "Norvale Cement"),
    # money being raised is a plan's (a target); money raised is achieved
    ("en", "The company is selling new A shares at 41.20 yuan apiece, raising up to 12.4 billion yuan.", 1.24e10, "CNY",
     T, ""),
    ("en", "Norvale plans to raise 3 billion yuan by selling shares.", 3e9, "CNY", T, ""),
    ("en", "Norvale raised 3 billion yuan by selling shares last year.", 3e9, "CNY", IND, ""),
    # a place's label before the first sentence ("Kazakhstan: X …") leaves X the subject the next sentence's plant is of
    ("en", "Kazakhstan: Norvale Cement inaugurated its new cement plant at Almaty on 2 May 2023. The plant cost "
           "US$280m and will export a fifth of its output.", 2.8e8, "USD", P, "Norvale Cement"),
    # a donation is an indicator without investor (README, set 11)
    ("en", "Halvard will also donate 12 million yuan to Lianyang University.", 1.2e7, "CNY", IND, ""),
    # an investor's name written once with one letter off is the article's recurring spelling
    ("en", "Halvard Will Invest RMB 2 Billion in Base\n\nHalvard builds turbines. Halvart will invest 2 billion yuan "
           "in a base in Zhongshan.", 2e9, "CNY", P, "Halvard"),
    ("en", "Halvard Group will invest 2 billion yuan in a base. Halvord Group will invest 3 billion yuan in a mill.",
     3e9, "CNY", P, "Halvord Group"),
    # a place's name one letter off another place's is no slip: Shanxi is not Shaanxi
    ("en", "Shaanxi and Shaanxi's capital welcome investors. Shanxi Coal Group will invest 2 billion yuan in a base.",
     2e9, "CNY", P, "Shanxi Coal Group"),
    # one project "with a total investment of over N" and a counted group "of N in total" stay facts
    ("en", "Halvard signed a project with a total investment of over 12 billion yuan.", 1.2e10, "CNY", P, "Halvard"),
    ("en", "The city signed 30 projects of 50 billion yuan in total.", 5e10, "CNY", IND, ""),
    # a share price "at N yuan apiece" is a price, not a value class
    ("en", "The company is selling new A shares at 41.20 yuan apiece, raising up to 12.4 billion yuan.", 41.2, "CNY",
     IND, ""),
    ("en", "Halvard Group made $4.2 billion of sales in May.", 4.2e9, "USD", IND, ""),
    ("en", "In late May, 2019, the city's output reached 6.3 billion yuan.", 6.3e9, "CNY", IND, ""),
]

# plants still to be built ("to build N plants") are a plan's count even when a company plans them; "an expected N"
# is a count still to come; a company's announced plants ("plans for N new plants") stay as they stand
COUNT_KINDS: list[tuple[str, str, float, str]] = [
    ("en", "Norvale Cement now plans to invest up to 6 billion yuan to build four new plants in Yunnan.", 4, T),
    ("en", "Its turbines will supply an expected twelve wind farms in the region.", 12, T),
    ("en", "Norvale Cement has unveiled plans for four new plants.", 4, IND),
    ("en", "The expected 12 projects were all signed last year.", 12, IND),
]

# (language, text, unit): no fact of this unit
NOT_FACTS: list[tuple[str, str, str]] = [
    # "m" after a number with no currency is a length, a count of tons, not money
    ("en", "Halvard Motors will build a 320m long assembly hall.", "USD"),
    ("en", "Halvard Motors will build a 320m long assembly hall.", "CNY"),
    ("en", "The port handled 3m tons of ore last year.", "CNY"),
    ("en", "The plant stands on a 450m stretch of the river.", "USD"),
    # a bare number without a note, or after a note that holds only for its own number, is no money
    ("en", "Sales were 12,000,000 (RMB) in 2023. The group employed 3,400 people.", "count"),
    ("en", "The group employed 3,400 people and built 12,500 homes.", "CNY"),
    ("en", "Sales were 12,000,000 (RMB) last year and the group shipped 4,500,000 units.", "USD"),
    # a comma before the noun that opens no list of its modifiers
    ("en", "By the end of 2023, 12, companies and banks had joined.", "count"),
    # a year before a plural head after a determiner is a year, not a count
    ("en", "The 2023 tenders of the wind farm were delayed by a month.", "count"),
    ("en", "The 2022 mega-projects of the city are all under way.", "count"),
    ("en", "Norvale is one of the five largest developers in the province.", "count"),
    # "N yuan-denominated shares" counts shares, it is no amount
    ("en", "The company is selling up to 300 million yuan-denominated A shares to fund a kiln.", "CNY"),
    # size classes: counted projects with an investment "of over N", a definite group named by its size, and the
    # sizes listed after it
    ("en", "Among them, 1 project with a total investment of over 12 billion yuan and 4 projects with a total "
           "investment of over 6 billion yuan started.", "CNY"),
    ("en", "The projects of 100 million yuan, 1 billion yuan, and 5 billion yuan respectively completed 96.4%, 120% "
           "and 210% of the annual tasks.", "CNY"),
    # a parenthesis that is not a currency note
    ("en", "The firm (RMB bond issuer since 2019) shipped 4,500,000 units.", "CNY"),
]

# (language, text, unit, n): exactly n facts of this unit
HOW_MANY: list[tuple[str, str, str, int]] = [
    # a conversion restated after the body, by a closing headline: not a fact of its own
    ("en", "Ferris Cement plans to invest 480 million yuan (US$58 million) in two kiln lines in Wuhu, according to "
           "the letter of intent signed on Monday by the company and the city government.\n\n"
           "Ferris Cement to invest US$58m in Wuhu kilns\n", "USD", 0),
    ("zh", "弗瑞斯水泥计划投资4.8亿元(约合5800万美元),在芜湖建设两条熟料生产线,项目已于本周一与市政府签署意向书,"
           "预计明年年底前建成投产,届时年产能将达到两百万吨,可新增就业岗位约三百个。\n\n弗瑞斯水泥拟投资5800万美元扩建芜湖基地\n",
     "USD", 0),
    ("zht", "弗瑞斯水泥計劃投資4.8億元(約合5800萬美元),在蕪湖建設兩條熟料生產線,項目已於本週一與市政府簽署意向書,"
            "預計明年年底前建成投產,屆時年產能將達到兩百萬噸,可新增就業崗位約三百個。\n\n弗瑞斯水泥擬投資5800萬美元擴建蕪湖基地\n",
     "USD", 0),
    # …but an amount with its own conversion after it is an amount as written, and a "see also" link is another
    # article's amount
    ("en", "Ferris Cement plans to invest 480 million yuan (US$58 million) in two kiln lines in Wuhu, according to "
           "the letter of intent signed on Monday by the company and the city government.\n\n"
           "SEE ALSO: Lumen Glass invests US$58m in a float line\n", "USD", 1),
    ("en", "Ferris Cement expands in Wuhu\n\nFerris Cement plans to invest 480 million yuan (US$58 million) in two "
           "kiln lines in Wuhu, according to the letter of intent signed on Monday by the company and the city "
           "government. Its partner Orrin Group will add US$58 million (about 480 million yuan) for a cement "
           "grinding station.\n", "USD", 1),
    # the note's currency for the number before it only: the unit count after it stays no amount
    ("en", "Sales were 12,000,000 (RMB) in 2023.", "CNY", 1),
]
