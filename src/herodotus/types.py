"""Shared type aliases."""
from __future__ import annotations

import os
from typing import Union

PathLike = Union[str, "os.PathLike[str]"]
DocId = str
LangCode = str
