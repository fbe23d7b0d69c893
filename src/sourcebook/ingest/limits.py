"""Bounds that keep one hostile or huge file from taking the whole run down."""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_size: int = 64 * MiB  # one document's raw bytes; larger files are refused, not read
    max_archive_size: int = 2 * GiB  # total expanded bytes of one archive
    max_archive_ratio: float = 200.0  # expanded / compressed size of one member
    max_archive_members: int = 100_000
    max_archive_depth: int = 3  # zips inside zips inside zips
    max_attachments: int = 200  # per e-mail
    max_pdf_pages: int = 5_000
    ocr_dpi: int = 300
    ocr_languages: str = "eng+chi_sim+chi_tra"
    ocr_timeout: float = 120.0  # seconds per page
