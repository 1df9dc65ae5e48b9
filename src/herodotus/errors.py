"""Exception classes and the message catalogue.

Codes make messages searchable; every message says what happened, the value
that caused it and how to fix it.
"""
from __future__ import annotations


class Errors:
    E001 = "[E001] {path}: the file is empty."
    E002 = "[E002] {path}: the file is not UTF-8 text ({reason})."
    E003 = "[E003] {path}:{line}: malformed JSON ({reason})."
    E004 = "[E004] {path}:{line}: the record has no non-empty 'text' field."
    E005 = "[E005] {path}{line_part}: the text is {size:,} bytes, over the limit of {limit:,} bytes (setting max_text_bytes)."
    E006 = "[E006] {path}{line_part}: language '{lang}' is not supported; supported: {supported}."
    E007 = "[E007] {path}: no such file or directory."
    E008 = "[E008] {path}: unsupported file type '{suffix}'; use .txt, .jsonl, .json, .html or .htm."
    E009 = "[E009] {path}{line_part}: invalid 'published' date '{value}'; use YYYY-MM-DD."
    E010 = "[E010] {path}: no main text could be extracted from the HTML."
    E011 = "[E011] {path}{line_part}: the record must be a JSON object, not {kind}."
    E020 = "[E020] Database {path} could not be opened: {reason}"
    E021 = "[E021] Query failed: {reason}"
    E022 = "[E022] Article '{id}' could not be stored: {reason}. Nothing of it was written."
    E023 = "[E023] Article '{id}': {field} {reason}; fix the record or re-run extraction."
    E024 = "[E024] Unknown canned query '{name}'; known: {known}."
    E025 = "[E025] Canned query '{name}': {reason}. Parameters: {params}."
    E026 = "[E026] Unknown export format '{fmt}'; use one of: {known}."
    E027 = "[E027] Export to parquet needs a file or directory path."
    E028 = "[E028] Invalid filter {name}={value!r}: {reason}."
    E030 = "[E030] Unknown setting '{key}' in {path}; known settings: {known}."
    E031 = "[E031] Setting '{key}' in {path} must be {expected}, not {value!r}."
    E040 = "[E040] Model file {path} is missing; reinstall the package or run {script}."


class HerodotusError(Exception):
    """Base class for errors a user can act on; the CLI prints them in one line."""


class InputError(HerodotusError):
    """One input (file, JSONL line) could not be read; the rest of the batch goes on."""


class UnsupportedLanguage(InputError):
    pass


class StoreError(HerodotusError):
    pass


class ConfigError(HerodotusError):
    pass
