"""Readers per format (real files generated here) and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import io
import resource
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from app.ingest import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    IngestError,
    collect_input_files,
    iter_input_files,
    read_document,
)

GBK_SENTENCES = "包头市今年以来共签约项目455个，协议投资额达5799亿元。全市新引进招商项目178个，上市公司24家。"
BIG5_SENTENCES = (
    "呼和浩特市招商引資大會召開後，全市新引進招商項目178個，協議投資額達2088.26億元。這是重點企業。"
)

PARAGRAPHS = [
    "China News Service, Baotou, July 24 (Reporter Li Aiping) Zhang Rui, the mayor of Baotou City, said on "
    "the 24th that the total agreed investment reached 579.9 billion yuan in 2021.",
    "According to reports, since the beginning of this year Baotou has established 20 investment promotion "
    "working groups, docked 3,596 companies and signed 455 projects.",
    "In the first half of this year, Baotou's regional GDP increased by 15.7% year-on-year, ranking first "
    "in Inner Mongolia; fixed asset investment increased by 54% year-on-year.",
]

ARTICLE_HTML = """<!doctype html>
<html><head>
<title>Baotou attracts investment | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Baotou attracts 579.9 billion yuan">
<meta property="article:published_time" content="2021-07-24T08:44:00+08:00">
<script>var tracking = "should never appear";</script>
<style>.nav { color: red }</style>
</head><body>
<header><a href="/">Home</a> <a href="/news">News</a></header>
<nav><ul><li><a href="/a">Economy</a></li><li><a href="/b">Sports</a></li>
<li><a href="/c">Weather</a></li></ul></nav>
<article><h1>Baotou attracts 579.9 billion yuan</h1>
{paragraphs}
</article>
<aside>Most read: <a href="/x">Something else entirely</a></aside>
<footer>Copyright Example News. Contact us.</footer>
<script>document.write("also never")</script>
</body></html>"""


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def assert_one_line_naming(err: pytest.ExceptionInfo[IngestError], path: Path, *words: str) -> None:
    message = str(err.value)
    assert "\n" not in message
    assert str(path) in message
    for word in words:
        assert word in message, message


# --- good files -------------------------------------------------------------------------------------


def test_txt_and_md(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a.txt", "\n\n".join(PARAGRAPHS)))
    assert doc.display_text == "\n\n".join(PARAGRAPHS)
    assert (doc.language, doc.published, doc.outlet) == ("en", dt.date(2021, 7, 24), "China News Service")
    md = read_document(write(tmp_path, "b.md", "# Baotou attracts investment\n\n" + PARAGRAPHS[1]))
    assert md.title == "Baotou attracts investment"


def test_html_main_text_without_navigation_or_scripts(tmp_path: Path) -> None:
    html = ARTICLE_HTML.replace("{paragraphs}", "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    doc = read_document(write(tmp_path, "a.html", html))
    for p in PARAGRAPHS:
        assert p in doc.display_text
    for noise in ("should never appear", "also never", "Sports", "Weather", "Copyright", "color: red"):
        assert noise not in doc.display_text
    assert doc.title == "Baotou attracts 579.9 billion yuan"
    assert doc.published == dt.date(2021, 7, 24)
    assert doc.outlet == "Example News"


def test_html_gbk_without_declaration_and_time_element(tmp_path: Path) -> None:
    body = "".join(f"<p>第{i}段。{GBK_SENTENCES}</p>" for i in range(4))
    html = f"<html><body><time datetime='2023-04-23'>4月23日</time><div>{body}</div></body></html>"
    doc = read_document(write(tmp_path, "zh.htm", html.encode("gbk")))
    assert GBK_SENTENCES in doc.display_text
    assert doc.language == "zh-Hans"
    assert doc.published == dt.date(2023, 4, 23)


def test_html_short_page_uses_fallback(tmp_path: Path) -> None:
    doc = read_document(
        write(tmp_path, "short.html", "<html><body><p>Baotou signed 455 projects.</p></body></html>")
    )
    assert doc.display_text == "Baotou signed 455 projects."


def test_pdf_text(tmp_path: Path, minimal_pdf: Callable[[list[str]], bytes]) -> None:
    pdf = minimal_pdf(["Baotou signed 455 projects (2021).", "Agreed investment: 579.9 billion yuan."])
    doc = read_document(write(tmp_path, "a.pdf", pdf))
    assert doc.display_text == "Baotou signed 455 projects (2021).\nAgreed investment: 579.9 billion yuan."
    assert doc.language == "en"


def test_pdf_encrypted_with_empty_user_password_is_readable(
    tmp_path: Path, minimal_pdf: Callable[[list[str]], bytes]
) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(minimal_pdf(["Readable text."]))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    assert read_document(write(tmp_path, "open.pdf", buf.getvalue())).display_text == "Readable text."


def test_docx_paragraphs_tables_and_title(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Baotou attracts investment", level=0)
    for p in PARAGRAPHS:
        document.add_paragraph(p)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Projects"
    table.rows[0].cells[1].text = "455"
    document.add_paragraph(BIG5_SENTENCES)
    path = tmp_path / "a.docx"
    document.save(str(path))
    doc = read_document(path)
    assert doc.title == "Baotou attracts investment"
    for p in PARAGRAPHS:
        assert p in doc.display_text
    assert "Projects\t455" in doc.display_text
    assert doc.display_text.endswith(BIG5_SENTENCES)


# --- bad input ---------------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"")
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert str(err.value) == f"empty file: {path}"


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", " \n\r\n\t ")
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert_one_line_naming(err, path, "empty")


def test_boilerplate_only_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "- Advertisment -\nFor queries, please contact X at x@y.cn\n")
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert_one_line_naming(err, path, "no article text")


def test_path_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "a.txt"
    with pytest.raises(IngestError) as err:
        read_document(missing)
    assert_one_line_naming(err, missing, "no such file")
    with pytest.raises(IngestError) as err:
        list(iter_input_files([tmp_path, missing]))
    assert_one_line_naming(err, missing, "no such file")


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = write(tmp_path, "a.xlsx", b"PK\x03\x04")
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert_one_line_naming(err, path, "unsupported file type '.xlsx'")


def test_large_text_file_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = ("Baotou signed 455 projects worth 579.9 billion yuan. " * 20 + "\n").encode()
    with path.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert path.stat().st_size > 50 * 1024 * 1024 > MAX_FILE_BYTES
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    tracemalloc.start()
    try:
        with pytest.raises(IngestError) as err:
            read_document(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_growth_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    assert_one_line_naming(err, path, "file too large", f"{MAX_FILE_BYTES // 2**20} MB")
    assert peak < 1 * 1024 * 1024, peak
    assert rss_growth_kib < 20 * 1024, rss_growth_kib


def test_file_just_under_the_limit_is_read_in_bounded_memory_and_time(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    para = ("Baotou signed 455 projects worth 579.9 billion yuan. " * 10 + "\n\n").encode()
    path.write_bytes(para * (4 * 1024 * 1024 // len(para)))  # 4 MB of ASCII text
    tracemalloc.start()
    start = time.perf_counter()
    try:
        doc = read_document(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    elapsed = time.perf_counter() - start
    assert doc.display_text.startswith("Baotou signed 455 projects")
    assert peak < 12 * path.stat().st_size, peak  # a handful of copies of the text, not a blow-up
    assert elapsed < 30


def test_html_with_only_scripts_and_navigation(tmp_path: Path) -> None:
    html = ARTICLE_HTML.replace(
        "<article><h1>Baotou attracts 579.9 billion yuan</h1>\n{paragraphs}\n</article>", ""
    )
    path = write(tmp_path, "nav.html", html)
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert_one_line_naming(err, path, "no article text found")


@pytest.mark.parametrize("kind", ["garbage-body", "truncated", "no-header"])
def test_corrupt_pdf(tmp_path: Path, minimal_pdf: Callable[[list[str]], bytes], kind: str) -> None:
    data = {
        "garbage-body": b"%PDF-1.4\nthis is not really a pdf\n%%EOF",
        "truncated": minimal_pdf(["Some text"])[:150],
        "no-header": b"not a pdf at all",
    }[kind]
    path = write(tmp_path, "bad.pdf", data)
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert_one_line_naming(err, path)
    assert "PDF" in str(err.value)


def test_encrypted_pdf(tmp_path: Path, minimal_pdf: Callable[[list[str]], bytes]) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(minimal_pdf(["Secret text."]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    path = write(tmp_path, "locked.pdf", buf.getvalue())
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert_one_line_naming(err, path, "encrypted PDF")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buf = io.BytesIO()
    writer.write(buf)
    path = write(tmp_path, "scan.pdf", buf.getvalue())
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert_one_line_naming(err, path, "no text in PDF")


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = write(tmp_path, "fake.docx", "This is plain text with a .docx name.")
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert_one_line_naming(err, path, "not a valid .docx")


def test_zip_without_document_xml(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert_one_line_naming(err, path, "not a valid .docx")


def test_corrupt_docx_parts(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<not xml")
        zf.writestr("word/document.xml", "<w:document>")
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert_one_line_naming(err, path, ".docx")


def test_zip_bomb_docx_is_refused_before_unpacking(
    tmp_path: Path, write_zip_bomb_docx: Callable[..., None]
) -> None:
    path = tmp_path / "bomb.docx"
    write_zip_bomb_docx(path, uncompressed_mb=210)
    assert path.stat().st_size < 2 * 1024 * 1024
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(IngestError) as err:
            read_document(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert_one_line_naming(err, path, "refused", "MB")
    assert time.perf_counter() - start < 2
    assert peak < 3 * path.stat().st_size + 1024 * 1024  # nothing was inflated


def test_ingest_error_never_leaks_other_exceptions(tmp_path: Path) -> None:
    for name, data in [("x.html", b"\x00\x01\x02" * 100), ("x.md", bytes(range(256))), ("x.htm", b"<html><")]:
        with pytest.raises(IngestError):
            read_document(write(tmp_path, name, data))


# --- input files -------------------------------------------------------------------------------------


def test_iter_input_files_recursive_sorted_supported_only(tmp_path: Path) -> None:
    for rel in [
        "b/2.txt",
        "b/1.PDF",
        "a.md",
        "c/d/e.html",
        "c/skip.xlsx",
        ".hidden/x.txt",
        "b/.x.txt",
        "z.docx",
    ]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    single = tmp_path / "b" / "2.txt"
    found = list(iter_input_files([tmp_path, single]))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.md", "z.docx", "b/1.PDF", "b/2.txt", "c/d/e.html"
    ]  # fmt: skip
    assert {".txt", ".md", ".html", ".htm", ".pdf", ".docx"} == SUPPORTED_SUFFIXES


def test_folder_without_readable_files(tmp_path: Path) -> None:
    (tmp_path / "notes.xlsx").write_text("x")
    (tmp_path / "sub").mkdir()
    assert list(iter_input_files([tmp_path])) == []
    with pytest.raises(IngestError) as err:
        collect_input_files([tmp_path])
    assert_one_line_naming(err, tmp_path, "no files to import")


def test_explicit_unsupported_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.csv", "x")
    with pytest.raises(IngestError) as err:
        list(iter_input_files([path]))
    assert_one_line_naming(err, path, "unsupported file type")
