"""CSV (UTF-8 with BOM) and Excel exports; every cell goes through neutralise() first."""
from __future__ import annotations

import io
import re

import pandas as pd
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_MAX = 32767
# rows of one workbook: openpyxl writes about 4,000 rows a second, so more would keep the user waiting for minutes
EXCEL_MAX_TOTAL_ROWS = 100_000
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def neutralise(value):
    """Prefix a quote to strings a spreadsheet would read as a formula; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of df with every string cell (and column name) neutralised."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(neutralise).astype(object)
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV encoded UTF-8 with BOM so Excel opens Chinese correctly."""
    return neutralise_frame(df).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def _sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet name (≤31 chars, no []:*?/\\)."""
    base = _SHEET_BAD.sub("_", name)[:31] or "sheet"
    candidate, n = base, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{base[:28]}_{n}"
    taken.add(candidate.lower())
    return candidate


def _excel_cell(value):
    """A value Excel can store: NaN → empty, text neutralised, cleaned and capped."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime().replace(tzinfo=None)
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (AttributeError, ValueError):
            pass
    if isinstance(value, (list, tuple, dict, set, bytes)):
        value = str(value)
    if isinstance(value, str):
        value = neutralise(_ILLEGAL_XML.sub("", value))
        if len(value) > EXCEL_CELL_MAX:
            value = value[: EXCEL_CELL_MAX - 12] + "…（已截断）"
    return value


def to_excel_bytes(tables: dict[str, pd.DataFrame], dictionary: pd.DataFrame | None = None) -> bytes:
    """One workbook: a sheet per table plus a 数据字典 sheet from the column comments."""
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    sheets = dict(tables)
    if dictionary is not None:
        sheets = {"数据字典": dictionary, **sheets}
    for name, df in sheets.items():
        ws = wb.create_sheet(_sheet_name(name, taken))
        ws.append([_excel_cell(str(c)) for c in df.columns])
        for row in df.itertuples(index=False, name=None):
            ws.append([_excel_cell(v) for v in row])
        for i, col in enumerate(df.columns, 1):
            sample = [len(str(col))] + [len(str(v)) for v in df[col].head(50).tolist()]
            ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, max(sample) + 2))
        ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
