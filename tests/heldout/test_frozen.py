"""The held-out sets are frozen: every file's SHA-256 must match its set's MANIFEST.sha256, no file may be
added or removed, and each manifest's own hash is pinned here (so a manifest cannot be rewritten to hide
an edit)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
MANIFEST = "MANIFEST.sha256"
# the SHA-256 of each set's MANIFEST.sha256, written when the set was committed
PINNED = {
    "set1": "5633ea76ac122ad51b20797cd95951517e023c3c26dd8c606e78a6e1935ae0db",
    "set2": "7dc935ac011ef2533eed111aeae889759d2102fcb45602365567517cf7d01e3d",
    "set3": "c6da91aa4dbc6f91d2e8e207b3c7c7e69e8b0f76efbe97aea6aee0fa566d39fb",
    "set4": "58ed8bfe6f060809a7c278ab4be296ccaca619a7f724bfe90b25877fa55daf8a",
    "set5": "9b40b9f4a53a7dade74428989f23f322a5fd52524f7ad53fa1ae230d69364c03",
    "set6": "dbd06cad2eca3b1ae144292ae29754f6b9f5e859b36f3d98c275aeec4ea2deae",
    "set7": "7b05d6ba8de7fefe430eabae68299bbb8967e523fb7ae19f450ebab1117a91d8",
    "set8": "dac953de4d31c351b4a9e5179483c641f1d04964c3783e3870f61ca05fb0e863",
    "set9": "c34a0f8191a092fe02ad6177499b9784a10ef65725a5a0c8fc26f62c75cac807",
    "set10": "0631ee0025046046dbb52d04d6645eb2fe9b0abe2efd6bd7a90986799c4365fd",
    "set11": "413262b595b7d90c97112cec4f98ad1b28f35e217e98be825c325d1aa032a7ff",
    "set12": "2cb716f61dd0925befd6278adde8ae8d1ed6f9d5da86b927c1ddf8836ed8e9be",
    "set13": "aa0bcef1599cf22cb793dbebf91151f05ecf294b06eb5a6fbdfb3c69562a48b8",
    "set14": "b938c22b4cd26e7ec7439a52c2332f5f70fa6d8702178f96ffd161318e21968c",
    "set15": "5fe31854479f60e382e4349782e34d19aab2cf3610b6117011352edb8ecb2107",
    "set16": "dd39069245e37e4be18ae2eb1b7a007d4b21fcde40b23f625996acf9babc2a7e",
    "set17": "4ad2711f3922a1daa8544feb0690e6e47b8cc042d004fe538c99a5fcb9b1df89",
    "set18": "7b8abef9924468c923f9969dd72132a03d77ccdfb8a203c9cc71887cead899d5",
    "set19": "9ce0898952e59ced178acb4dceff979c01dd606fa1eb41f93ad31e70e88eed48",
    "set20": "72828fa786a0984e06b35d7a238cfa0fdf26b1183dda3908a21a89365e309c7e",
    "set21": "be16618021df8c176e1bf82beef2f8850742ed0bc83ee1bdd671211b0e91e4d1",
    "set22": "489072ea078885eb78377dce7e2607c43909d265a5f86657201e194bdfe429f2",
    "set23": "71028465e52c95b40ff042822b2a750b51f48e02298c72e8c31317ac26526e5a",
    "set24": "a4c2ca2d43083a4f350e7c397256bb9f7d09e7366fd2393b08f53d82501229a9",
    "set25": "00372c1a2ec208f693b7b7dd298e64414da9cb23c5e8414d9b4c57b38e207af5",
    "set26": "9ec5520e0fe3d45d9964ad120b676617b5216e19d85b59a3eb031734de7513e9",
    "set27": "78598256d63316d5e9f4c30e1c4aa63888d2829961cabbf41f29aaaccc75767a",
    "set28": "ca56804d955f007452a482aadc94021e8cc36bf33a39c406c9e22f007ebe862a",
    "set29": "0936cf85b504507f4faa0b918a95942d4893bea0c76017eb142d60d05771ccf0",
    "set30": "17b542ee6fba570f445663418b886eb687f720639b26adb15ee51f73855cf6f1",
    "set31": "8587ac62494ddfbae7452197c5d4188d38b34d538645a72fd728eec887acd25a",
    "set32": "a73798a9cb15eaeaf12bf563caa54698d70e54d16647f9a971b48b45a480a22b",
    "set33": "910b5c98ee20cd25df938d14100af2ce017dc25dab0ffd03abb3c4d1a4b74899",
    "set34": "7cf8b536c63abee6552e36285c6a3b37ef99deb6f2eaa8ab56f7a91f946e8290",
    "set35": "5639644e61ed3e7c477abfb04f899ac2426ec2d5b75125ef0b47d381c61f28b5",
    "set36": "c1e784be417df90deeb708e139d1e649409450e78f61ecc95d0da86b3e8b4f10",
    "set37": "090a23d0def02615199827818ddf17f2d1777a042eefe9dcbb4b64c908bca528",
    "set38": "907f05eef696280e69413a0a318138b09bf28e956acfd584626e538f41feb464",
    "set39": "180100b500449dcefd256094a2a9b5307f9f148c84dcebbe67f45d2268e78526",
    "set40": "417fd5e6adc44b35fd52b0f0058f6b3d65a22467f1ece9296adee9ed1fa657db",
    "set41": "972a3249cd759d81a31d1a53629ea287b1c1882e225ebae6e0026c6c2bffcb55",
    "set42": "fa7d7d8fb138db449bfdd735d38b7cfd24b8be0ca66cc3ef4a9689f00de5fb46",
    "set43": "bb03387e8deb5634042b82b647d02c496334d73d290a8795421fb4f9ebfbc0e2",
    "set44": "e25b70870935e0e272b642613aba302f1f62bb95e7b58d636c01288b58297ca2",
    "set45": "a8ee25ca29ac98bcb1ee93936fb16875a5e052914bb4b42bed1c7e84601895de",
    "set46": "597cdd81d5b211ea6b7912c010eb541a90362937e650798d7827bbf36e29a98c",
    "set47": "4840829aa1e527340d9c286f44fbeaebf668730cc16da57b15f2c8b5046fe119",
    "set48": "e7459acaff56622a83b9fa58850180adee460ca31e4134bd43b93f9cbaee204e",
    "set49": "b82ded5d17e4f601d74048e08347562ff640c75f95ae09143de1c7caa8e0ce62",
    "set50": "2d9881524d862729c7ca0015a321ec9951ac890acf0b5bb93c0054f72e404935",
    "set51": "92eff0dd2290ad47876c9c5ae2ad66ea01343dc108c00aba0f4ca38a198c9972",
    "set52": "a1e57e15aa1d49072e34c101f4c8b4ebe0bd41d97b151bd04cf99a2f07012406",
    "set53": "eab6a515a92a2bb27e2aa99c92b4089faae773aec559bcba3ab4623eb32d2149",
    "set54": "14386d4a573b1f8dc65cacb317eae26eb7fe2e5bc2a7e1a6180acd94cd3cffae",
    "set55": "8a77176028621f9e3604a10c6a318eebb1f98fe8479598b2186aefb9f6e05a21",
    "set56": "9b61de5196b77217f7d933e9be1065778b5f5616b96b93833c4580b99940cabb",
    "set57": "6602efa525d0bf662e0b1f3fa160bc0c9788cebb56de57fa587966ee4f02a937",
    "set58": "d58114a741e21901c0a9ffe9048a5234910afdfd56315c353bd8de21a5217ab7",
    "set59": "5fd571b32a52a7c21c6ebc9b7d3b6bca48f183ec3a291782ae80b3e6caf2942c",
    "set60": "fe67fefe658a441aa799f6c3a0f9299a2d26121298af01c347b36f4c92532dcd",
    "set61": "082133a5c05d1a3e070ebdf2592a4bbbec639efc3f99a37593efc8b1fa3abdf5",
    "set62": "766dad0f805dcfb1a0fdbbd927744517c00b0920b017fd54d1fdaf3187c915ed",
    "set63": "866746698f4b9cfa5eb26c0646f4101f2427ffbf082e3e00000d36e083b6a858",
    "set64": "d67f6f6adb43373e263d39a67e4e021d68517730a08eb5fa1316e7a386562828",
    "set65": "93a1676ba859c67397edaf30d6a0e2a031ca73eeae3c7d133f1db83b6dbd5606",
    "set66": "183205f54ce69bdba3a194ca31509efe77e0ed7224ff83497175930efe786a0a",
    "set67": "c2095a78e5472bc1b8c137d307bffd35021bb23052bd8863e29e143a7d4d2eca",
    "set68": "cb52b5cdc9528100e1ba73b52c32aaca3fe2adecb0b564078912cb49d7ffbf4f",
    "set69": "61442841925e4d19c97c6000e7754ceefc0bf6e9e478e753124c3b2e22d39898",
    "set70": "f8865051f19ad5eb3c60d19e2856c17fa3c6b1843f06a6494ffbca66b4ee934a",
    "set71": "17d090e26b51a43b33bd2ebb787688da35d2092bdbf8ffafdf83a6b50fdc6b1f",
    "set72": "92da3a8651821629a02df8b618415cb3641664d5f7d08162b364c04d1ed8154a",
    "set73": "0243587be86f541211a64d975d537b1f768b8fdef21cb44d68d5ba12c6ca6f2e",
    "set74": "70c3ecb131da7e0a9d0aaa8b33a2e1c953a95b34ec193a393f2ca93ae207af32",
    "set75": "e6f908fde43ca44997e454a4f9bc53deba7c5acecd6073cefcab003152e03967",
    "set76": "eefeb383f2836b2c5909bc96364900dabde428dd1b8b7d815d7a2bd3d22b5178",
    "set77": "b1403cc0db15e486b209fc8ba7c37b188b3d0b1f6fc5ac45724c147111ee5fd9",
    "set78": "b76d9667bee5db530f3d1688422f967e7f868293dd011b88115f789e192bd3eb",
    "set79": "7afadcfe6451093c3b32adb5f2ff5bfd5d61ab1dfa999e9495d1b1c971c5147f",
    "set80": "e084daa8d71c24c191197f1f29d5d434d50267f62090e84a372dc6d7cad0a966",
    "set81": "f8ddc331439f04401eb20c893eb7074e59d10b9771c339e253e493a52ff8519b",
    "set82": "239374a09c782d5d4141243534cc4388c97411bd0a84c88743809aaebc4ff6a8",
    "set83": "a07dc0bf80fdbf373d71903ab0d9bd43af045cad765c579058d0c169bed2f930",
    "set84": "1573694b06f6f17111309ef5e8591db5e2395f43144a405f41a2dda3f66a987c",
    "set85": "ee977d4ef53311134b37df066cb8d90f1ba0a822a2af6f322f69c608e1b389b7",
    "set86": "44de6870ab00787a43968e77eb4d2f92e007ef87963d3b4b028bb8d02e708c10",
    "set87": "981e0d8c90002d584f496541bfa111c442f53b5c8bba89c501732cab5bd62c53",
    "set88": "cab14b621e54c14b46a436584526aa03a077332d7ea8006cae773be7d90a4f57",
    "set89": "a28046f97f96e75b59810f8d24d8ca9031a32dc9ee9a45e671b479e9e22466b1",
    "set90": "19e829b2d8157d341c32770184232bd8e0b2d3c51f7bfcd153450859cae1fd0f",
    "set91": "c184af00dfb50852fd415a292a89e1f5d49939d5445887570c9d593d2bb203d5",
    "set92": "fbd93fb42c0e9198cebe0b1ffeac2fe52038d439678216b9c93eb0801f24fd72",
    "set93": "fde1f9754260d16042b05649cb4915e06fafde2a0ee10e22f2c7428d944e4115",
    "set94": "8a39ca444fe33d8a2f193165c33f625a50b27074defa409699a997a604499af4",
    "set95": "afc213160b8ee333d555c407b6605a529e609708fdf7ee031ba2a6b1f6d0b77b",
    "set96": "308f3d0478bd47abb08dd0f29b0c13039cfb98c85a186c67a3f36e6d2076c434",
    "set97": "260e68a813b2a5a71241c2b82a12921719d6615b118e86e300af2bca5210d8ab",
    "set98": "ac50f60fd036eed7a959c438d6b024c51cc52be3eeb47052375f0f9cc2fa9d96",
    "set99": "9d9626ca4689a7a4f4432263f244fd54537cef18ea53077875e69ba6cb95e06c",
    "set100": "36ab6d783430c3e58dec015079fb1a6d64bc61373527d6720b3eff350cb7d4f5",
    "set101": "df4915202104e4ad889558c7c9e9412d0a071710d4698decd520d98e9c721972",
    "set102": "57840e6e76b6c86eb9e8c3a4f894f2a31094dd3fa902a4d50d8167d9764a321b",
    "set103": "183ae3f465549235f85ca0aef8f48a38088114c5f76aebbcc54d9f4ae343e979",
    "set104": "53377386737a452d974f3b09c3849b6df3dc4d0826565bdf0d4751a79b02dce9",
    "set105": "5bd32ff7b52e8f5782c751c6be7413772d2ac3d6dfb7415b9ab7f0f3b4eed86f",
    "set106": "48d866f960d33758d695ab503c8b1bc0c259fd4e0d5583585d5ec7b3503fe087",
    "set107": "6c5c139429359707b52e420c1a421c366dcf98cbedd9006fd05a7a8c2523ba64",
    "set108": "ad537c19874ca727fe8ef02d4d73389cbe89a0d3842bff243a5451562585ec8e",
    "set109": "c4dd956465853a59b5b9fd831e3c6e3c21af68aebc32aed1ba5d0c3eeb1efa3d",
    "set110": "35fe1e2cee0a1f37e1c29adc502dd3157fa83ec66bfa35c333f52d942f81a403",
    "set111": "366b184a2e1440fa2637d333f28f4c05fe2e71f3ed283fd92454a68d5c645285",
    "set112": "13163a4e812154bbbc58541979f4b5b3539d8037f16c557dc4e7aa3689ac6ac9",
    "set113": "62f12131675b2e02a689c0512c69f0832d65881b1682065876bf8bc044bcd3f1",
    "set114": "f63af37a1146772755dcf4285575ed597229ae226d0745f904cea16473550559",
    "set115": "700d24f2e89c90b2499a2b626924fc88c052d0e829f5245c6fa59e6a8b7c5c95",
    "set116": "45429dc22e42c067dd4b056f8b92c341d1e4aff807a3939e2bf563397a3960be",
    "set117": "bbc64354e0a0f6f6646c889c4ce055ff03253bb23d64de1f5a3b80ac0ffd5296",
    "set118": "8efa0276d984953e7d279b8bd2395f54171a0e3da1d31295fb61c6d5204d0e25",
    "set119": "486f3d648a8c5c8e315e9de35edbde4d22c6e23dfe58eaca172e013ad2d08ec8",
    "set120": "71e63495438515bded362804cbb3ed5d8f1e7fe7f5f2a2929425167be038df02",
    "set121": "b16b3fe3b75aba3623a0e5b242598370566e7a3f381769bb7de0286590e94d21",
    "set122": "63910b1fe0457552280e9be59ed3871476df7ba9b47d9b6b7211ca65339f43a4",
    "set123": "c46ff8e8fb62ebbe21be06a90224c21c361791d1774f108e225f8b7d6ccc4f7c",
    "set124": "3d47c28521b803fac64d21966ec33c5a2d21412e18d4d7a9bc60c8d1a742c269",
    "set125": "c3277f2ca9c5e6cb345db7dd8779db9a0577bf2195264683e510dead78909115",
    "set126": "b0d94b7e8d4cc0773e500f94d369dea09fd7831aeb82a661b46cd6280e4615a7",
    "set127": "3264d6082b1476b36ffa9b6be93db6ebea7cd36b16fad943fa4bd08f3cd68f10",
    "set128": "8d6e76eda7f71c9895d63a07abf2b0afa8c1e38eb10ac8da42a813957f684117",
    "set129": "d5399436d1c767c0b4cc93b71f871b3cb6ae88123eb280acfa5c0ed8defb4201",
    "set130": "18c9bcc3cc5be3924773650d07c7e66eae7ebece3647450d7afded565bcedb86",
    "set131": "92ad2d0cafaba579d428dd5d1c3f10e3b2318a9730ab42fd52bc6421a5fd11be",
    "set132": "3d3d67959320caebdcc79941ceffbd8d42e3fa0537648bfdfba2b3d9f492ce29",
    "set133": "b0507f613842d9eee2671e098933bdaab750aa83fe3841174144a1303328dd15",
    "set134": "b35ede80e77fca1123599e2545abfb9cbc9773ad433cdc41c58be42396035a1f",
    "set135": "fd4fbd70748fb02c2ff4724b892e90c8b78a14dfc5bdbcf04a4b5ecb20bc677b",
    "set136": "724a27452ff944d6c43a8e8fc687eb80f11e73df1fccfeb2cd592dfb466d159c",
    "set137": "a8853ef594ced5eb26aca7e92b9a5d58f73b18bc3806e965d710d17a23db7d32",
    "set138": "ba6d0c499b98fe2688013f276cc0c59bb3965dc1d5ebe97e4739b2c26fe02973",
    "set139": "6b8e09892f0eabdca8f0f4b794c422d97bfce6f78ad60f74f0fcd146ded6d0b7",
    "set140": "9b9c144ea1439a1076d49a3eb049e64e704ff0beebd803be985086b0b3cfc69d",
    "set141": "795acf1d76ef4145b417df753971aad1a5f2ded736bc43da13e4f3582fc32c36",
    "set142": "6f418c2a9177e80727f29b5a3ab74ab58b8de02411a62cfa241b1087fc8281da",
    "set143": "6b2aaf2785d6bac05a094d4a28c7f24f97f6bf32ec46f1c8c6dade1f409bd519",
    "set144": "0f6edd7459df4cb321392619d46fd27316b5a5f0ce23fa209fe6870b08859928",
    "set145": "e8dbae7e1b6b15a73653c26ea96929aa1eaeb10c889589fcd401d7afb305ed7f",
    "set146": "b6ca7b903a467da84a7204ce90a0daf6c4da5c8d4f9b4da0e68a4bbc863ca8a8",
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_manifest(path: Path) -> dict[str, str]:
    """{file name: hash} from `sha256sum` lines ("HASH  NAME")."""
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        entries[name.lstrip("*")] = digest
    return entries


def test_every_set_is_pinned() -> None:
    present = sorted(p.name for p in HERE.iterdir() if p.is_dir() and p.name.startswith("set"))
    assert present == sorted(PINNED)


@pytest.mark.parametrize("name", sorted(PINNED))
def test_set_matches_its_manifest(name: str) -> None:
    folder = HERE / name
    assert sha256(folder / MANIFEST) == PINNED[name], f"{name}/{MANIFEST} was changed"
    listed = read_manifest(folder / MANIFEST)
    on_disk = {p.name for p in folder.iterdir() if p.name != MANIFEST}
    assert sorted(on_disk - set(listed)) == [], f"files added to {name}"
    assert sorted(set(listed) - on_disk) == [], f"files removed from {name}"
    changed = sorted(n for n, digest in listed.items() if sha256(folder / n) != digest)
    assert changed == [], f"files changed in {name}"


@pytest.mark.parametrize("name", sorted(PINNED))
def test_set_pairs_texts_with_gold(name: str) -> None:
    folder = HERE / name
    texts = {p.stem for p in folder.glob("*.txt")}
    golds = {p.stem for p in folder.glob("*.json")}
    assert texts == golds
    assert len(texts) >= 30
