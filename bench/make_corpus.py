"""Write N synthetic investment-news articles shaped like the seeds (English, Simplified and
Traditional Chinese; varied numbers, companies, regions, people, lengths; a little boilerplate).

usage: python bench/make_corpus.py N [--out DIR] [--size BYTES] [--seed S]

Deterministic for a given seed. Each article is a .txt file of about --size UTF-8 bytes.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from app.extract.regions import gazetteer  # noqa: E402
from app.text import to_traditional_table  # noqa: E402

EN_SURNAMES = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Gao", "Ma"]
EN_GIVEN = ["Rui", "Wei", "Jun", "Hongbing", "Xianming", "Ning", "Yang", "Lei", "Shicun", "Min", "Tao"]
ZH_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
ZH_GIVEN = ["锐", "伟", "军", "红兵", "先明", "宁", "阳", "磊", "世存", "敏", "涛", "晓明", "俊青", "旭英"]
EN_FIRM_CORES = ["Jinli", "Sunrise", "Mengtai", "Longi", "Zhongtai", "Hengyuan", "Huadian", "Xinyi", "Tianhe"]
EN_FIRM_FIELDS = ["Permanent Magnet Technology", "Green Energy", "Chemical", "New Materials", "Logistics",
                  "Dairy", "Semiconductor", "Equipment Manufacturing"]
EN_FIRM_SUFFIX = ["Co., Ltd.", "Group", "Corporation", "Holdings"]
ZH_FIRM_CORES = ["旭阳", "正泰", "远景", "伊利", "蒙牛", "隆基", "中环", "宏福", "福明", "国纳", "天合", "恒源"]
ZH_FIRM_SUFFIX = ["集团", "股份有限公司", "科技有限公司", "公司"]
ZH_PROJECTS = ["精细化工产业链延伸项目", "新能源智能制造产业园项目", "数据中心项目", "现代农业产业园",
               "年产20GW光伏组件项目", "乳业产业园项目", "新材料产业园项目", "风电装备制造基地项目"]
EN_PROJECTS = ["clean energy base", "photovoltaic module plant", "data center project", "rare earth materials park",
               "dairy industrial park", "new materials project"]
EN_INDICATORS = ["regional GDP", "the added value of industrial enterprises above designated size",
                 "fixed asset investment", "exports", "retail sales", "industrial output"]
ZH_INDICATORS = ["地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "进出口总额",
                 "一般公共预算收入"]
EN_PERIODS = ["In the first half of this year", "From January to August", "Since the beginning of this year",
              "In the first quarter", "Last year", "By the end of July"]
ZH_PERIODS = ["上半年", "1至9月", "截至3月末", "今年以来", "一季度", "去年"]
# share of sentences without figures: the seeds carry about two numeric facts per KB of text
FILLER_SHARE = 0.7
EN_FILLER = [
    "Since the beginning of this year, the city has persisted in taking project construction as a magic "
    "weapon to solve development problems and stimulate economic growth.",
    "We will earnestly grasp the progress of continued projects, the start of new projects and the landing of "
    "investment promotion projects, and make every effort to build a modern industrial system.",
    "Government service is the touchstone for the transformation of government functions and the enhancement "
    "of people's sense of achievement.",
    "The city has taken investment attraction as an important starting point for high-quality development.",
    "Officials said the business environment had improved and approval times had been cut.",
    "The zone will focus on industrial chains, platform carriers and service for enterprises.",
    "Local departments carried out targeted industrial chain cultivation and market-oriented promotion.",
    "Experts at the forum suggested developing industries with advantages and characteristics.",
]
ZH_FILLER = [
    "人勤春来早,功到秋华实。招商引资大会召开后,市党政主要领导第一时间赴外亲自对接企业、洽谈项目,迅速掀起新一轮招商引资热潮。",
    "通过在谈项目“大对接行动”、签约未落地项目“大起底行动”,确保圆满完成全年目标任务。",
    "积极承接国内国际重大活动,积极借助第三方力量合力开展招商引资,为做大经济总量、提升发展质量提供有力支撑。",
    "各地区重点围绕京津冀、长三角、粤港澳等发达地区,紧盯项目线索、投资意向,主动出击,开展精准招商。",
    "优化完善总部经济政策及配套管理办法,广泛对接央企、国企及头部企业。",
    "强化招商力量保障,全力推动招商引资工作,让招商引资成为推动高质量发展的最强动力。",
    "持续优化营商环境,深化“放管服”改革,为企业提供全生命周期服务。",
    "围绕主导产业强链补链延链,推动产业集群化发展。",
]
EN_BOILER = ["- Advertisment -", "For queries, please contact Frank LIU at liuxiaolei@example.cn",
             "Related reading", "Editor: Li Na"]
ZH_BOILER = ["编辑:杨旭英", "相关阅读", "(相关资料图)", "责任编辑:王敏"]


def _st_table() -> dict[int, str]:
    """Simplified→Traditional, character for character (app.text: OpenCC's STCharacters, first choice)."""
    return {ord(src): dst for src, dst in to_traditional_table().items()}


class Generator:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        regions = gazetteer()
        self.cities = [g for g in regions if g.level in ("prefecture", "county") and g.curated]
        self.provinces = [g for g in regions if g.level == "province"]
        self.st = _st_table()

    # --- numbers ------------------------------------------------------------------------------------------
    def amount_en(self) -> str:
        r = self.r
        if r.random() < 0.6:
            return f"{r.choice([1, 2, 3, 5, 8, 12, 15, 20, 35, 50, 120, 579])}.{r.randint(0, 99)} billion yuan"
        if r.random() < 0.5:
            return f"{r.randint(10, 900)} million yuan"
        return f"US${r.randint(1, 900)} million" if r.random() < 0.5 else f"{r.randint(2, 90)}-billion-yuan"

    def amount_zh(self) -> str:
        r = self.r
        if r.random() < 0.7:
            return f"{r.randint(1, 3000)}.{r.randint(0, 99)}亿元"
        return f"{r.randint(100, 9000)}万元" if r.random() < 0.6 else f"{r.randint(1, 50)}亿美元"

    def pct(self) -> str:
        return f"{self.r.randint(0, 40)}.{self.r.randint(0, 9)}"

    # --- English ------------------------------------------------------------------------------------------
    def person_en(self) -> str:
        return f"{self.r.choice(EN_SURNAMES)} {self.r.choice(EN_GIVEN)}"

    def firm_en(self) -> str:
        r = self.r
        return f"{r.choice(EN_FIRM_CORES)} {r.choice(EN_FIRM_FIELDS)} {r.choice(EN_FIRM_SUFFIX)}"

    def sentence_en(self, city: str) -> str:
        r = self.r
        choices: list[Callable[[], str]] = [
            lambda: f"{r.choice(EN_PERIODS)}, {city} signed {r.randint(5, 600)} projects with a total investment "
                    f"of {self.amount_en()}.",
            lambda: f"{r.choice(EN_PERIODS)}, {r.choice(EN_INDICATORS)} increased by {self.pct()}% year-on-year.",
            lambda: f"{r.choice(EN_INDICATORS).capitalize()} fell {self.pct()} percent in the period.",
            lambda: f"{self.firm_en()} has invested {self.amount_en()} in a new plant in {city}.",
            lambda: f"Construction of the {r.choice(EN_FIRM_CORES)} {r.choice(EN_PROJECTS)} with an investment "
                    f"of {self.amount_en()} started in March.",
            lambda: f"{city} plans to introduce more than {r.randint(10, 300)} projects and attract "
                    f"{self.amount_en()} of investment this year.",
            lambda: f"A total of {r.randint(100, 5000):,} companies have been docked and {r.randint(2, 90)} "
                    f"investment promotion working groups were set up.",
            lambda: f"{self.person_en()}, the mayor of {city}, said the total agreed investment reached "
                    f"{self.amount_en()}.",
            lambda: f"The world's top 500 enterprises attended the {r.randint(2015, 2024)} forum held on "
                    f"{r.choice(['May', 'July', 'September'])} {r.randint(1, 28)}.",
        ]
        if r.random() < FILLER_SHARE:
            return r.choice(EN_FILLER)
        return r.choice(choices)()

    def article_en(self, size: int) -> str:
        r = self.r
        city = r.choice(self.cities).english
        province = r.choice(self.provinces).english
        parts = [f"{city} steps up investment promotion in {province}",
                 f"Xinhua, {city}, {r.choice(['May', 'July', 'Sep'])} {r.randint(1, 28)} (Reporter "
                 f"{self.person_en()})"]
        para: list[str] = []
        while sum(len(p.encode()) + 1 for p in parts) + sum(len(s) + 1 for s in para) < size:
            para.append(self.sentence_en(city))
            if len(para) >= r.randint(2, 5):
                parts.append(" ".join(para))
                para = []
        if para:
            parts.append(" ".join(para))
        if r.random() < 0.5:
            parts.append(r.choice(EN_BOILER))
        return "\n\n".join(parts) + "\n"

    # --- Chinese ------------------------------------------------------------------------------------------
    def person_zh(self) -> str:
        return self.r.choice(ZH_SURNAMES) + self.r.choice(ZH_GIVEN)

    def sentence_zh(self, city: str) -> str:
        r = self.r
        choices: list[Callable[[], str]] = [
            lambda: f"{r.choice(ZH_PERIODS)},{city}新引进招商项目{r.randint(5, 600)}个,"
                    f"协议投资额达{self.amount_zh()}。",
            lambda: f"{r.choice(ZH_PERIODS)},{r.choice(ZH_INDICATORS)}同比增长{self.pct()}%。",
            lambda: f"{r.choice(ZH_INDICATORS)}同比下降{self.pct()}%。",
            lambda: f"投资{self.amount_zh()}的{r.choice(ZH_FIRM_CORES)}{r.choice(ZH_FIRM_SUFFIX[:1])}"
                    f"{r.choice(ZH_PROJECTS)}正在开展前期工作。",
            lambda: f"新引进项目中,央企国企{r.randint(2, 60)}家,上市公司{r.randint(2, 60)}家。",
            lambda: f"累计到位资金{self.amount_zh()},在建项目为{r.randint(10, 900)}个。",
            lambda: f"全年力争引进500强企业{r.randint(5, 30)}家以上,实现到位资金{self.amount_zh()}。",
            lambda: f"市长{self.person_zh()}表示,走访对接重点企业{r.randint(10, 900)}多家。",
            lambda: f"{r.randint(1, 12)}月{r.randint(1, 28)}日,{r.choice(ZH_FIRM_CORES)}"
                    f"{r.choice(ZH_FIRM_SUFFIX)}年产{r.randint(2, 50)}GW项目举行集中签约。",
        ]
        if r.random() < FILLER_SHARE:
            return r.choice(ZH_FILLER)
        return r.choice(choices)()

    def article_zh(self, size: int, traditional: bool) -> str:
        r = self.r
        city = r.choice(self.cities).name
        parts = [f"{city}招商引资实现“开门红”",
                 f"本网讯(记者 {self.person_zh()}){r.randint(1, 12)}月{r.randint(1, 28)}日,记者从{city}商务局获悉。"]
        para: list[str] = []
        while sum(len(p.encode()) + 1 for p in parts) + sum(len(s.encode()) for s in para) < size:
            para.append(self.sentence_zh(city))
            if len(para) >= r.randint(2, 5):
                parts.append("".join(para))
                para = []
        if para:
            parts.append("".join(para))
        if r.random() < 0.5:
            parts.append(r.choice(ZH_BOILER))
        text = "\n".join(parts) + "\n"
        return text.translate(self.st) if traditional else text

    def article(self, i: int, size: int) -> tuple[str, str]:
        kind = i % 3
        jitter = int(size * self.r.uniform(0.6, 1.4))
        if kind == 0:
            return "en", self.article_en(jitter)
        return ("zh-Hant", self.article_zh(jitter, True)) if kind == 2 else ("zh-Hans",
                                                                            self.article_zh(jitter, False))


def generate(n: int, size: int = 5000, seed: int = 1) -> list[tuple[str, str]]:
    """N (language, text) articles."""
    g = Generator(seed)
    return [g.article(i, size) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--out", type=Path, default=Path("bench/corpus"))
    ap.add_argument("--size", type=int, default=5000, help="approximate size of an article in bytes")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for i, (language, text) in enumerate(generate(args.n, args.size, args.seed)):
        (args.out / f"{i:05d}_{language}.txt").write_text(text, encoding="utf-8")
    print(f"wrote {args.n} articles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
