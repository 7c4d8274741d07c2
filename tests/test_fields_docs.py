"""docs/bundle-format.md's ownership table is the registry's."""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.fields import docs


def test_ownership_table_in_the_bundle_format_doc_matches_the_registry():
    text = (Path(__file__).resolve().parent.parent / "docs" / "bundle-format.md").read_text(encoding="utf-8")
    assert docs.rewrite(text) == text, "run: python -m rentan_desktop.fields.docs docs/bundle-format.md"
    assert "| opds | `asn_count` | Jumlah ASN | Disnaker |" in text
