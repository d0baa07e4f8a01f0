"""Reading files into display text: readers per format, encoding detection, cleaning with an offset
map back to the raw text, language detection and the metadata the text states.

Depends only on `app.domain` (no Qt, no database).
"""

from app.ingest.clean import clean_text
from app.ingest.document import MAX_FILE_BYTES, ReadDocument, content_hash, hash_key, read_document
from app.ingest.errors import IngestError, shown
from app.ingest.files import SUPPORTED_SUFFIXES, Scan, collect_input_files, iter_input_files, scan_inputs
from app.ingest.language import detect_language
from app.ingest.offsets import OffsetMap, display_to_raw, is_copied

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "OffsetMap",
    "ReadDocument",
    "Scan",
    "clean_text",
    "collect_input_files",
    "content_hash",
    "detect_language",
    "display_to_raw",
    "hash_key",
    "is_copied",
    "iter_input_files",
    "read_document",
    "scan_inputs",
    "shown",
]
