"""Table cases for Chinese kinds of round 15 (issue 14), made-up sentences in both scripts (Traditional with
pinyin residue where the rule reads a name or a cue).

Each table is (language, text, value, unit, kind, investor): the first fact of that unit and value has that kind,
and exactly that investor ("" for none).
"""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

Case = tuple[str, str, float, str, str, str]

# a holding: the clause's whole subject before 持有 is the holder (a short name no cue established); one share
# each of several parties holds is the venture's split, a project without investor (`zh_stakes`)
STAKES_ZH15: list[Case] = [
    (HANS, "星岚盐湖项目位于智利北部,远锋持有该项目100%股权。", 100, "percent", P, "远锋"),
    (HANT, "星嵐鹽湖項目位於智利北部,遠鋒持有該項目100%股權。", 100, "percent", P, "遠鋒"),
    (HANT, "星嵐鹽湖項目位於智利北部,遠(yuǎn)鋒持有該項目100%股權。", 100, "percent", P, "遠(yuǎn)鋒"),
    (HANS, "青川矿业间接持有某某金矿100%权益。", 100, "percent", P, "青川矿业"),
    (HANT, "青川礦業間接持有某某金礦100%權益。", 100, "percent", P, "青川礦業"),
    (HANS, "2023年5月,江南晶材新材料有限公司成立,上海汇川与远锋锂业各持股50%。", 50, "percent", P, ""),
    (HANT, "2023年5月,江南晶材新材料有限公司成立,上海匯川與遠鋒鋰業各持股50%。", 50, "percent", P, ""),
    (HANS, "合资公司注册资本10亿元,双方各持股50%。", 50, "percent", P, ""),
    (HANT, "合資公司註冊資本10億元,雙方各持股50%。", 50, "percent", P, ""),
    # near-misses: a place or an office holding, a generic holder, shares of classes of companies
    (HANS, "全市持有该项目100%股权。", 100, "percent", IND, ""),
    (HANS, "该市国资委持有该公司30%股权。", 30, "percent", IND, ""),
    (HANT, "該市國資委持有該公司30%股權。", 30, "percent", IND, ""),
    (HANS, "投资者持有该公司5%股份。", 5, "percent", IND, ""),
    (HANS, "全市规上企业中,外资企业与民营企业分别占45%。", 45, "percent", IND, ""),
    (HANT, "全市規上企業中,外資企業與民營企業分別占45%。", 45, "percent", IND, ""),
]

