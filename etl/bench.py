"""Benchmark: a deterministic synthetic corpus, the full build timed against plain jieba, incremental adds,
segmenter agreement, dashboard query and page timings — one markdown report.

    python -m etl bench --docs 10000 [--workers W] [--seed S] [--out DIR] [--skip-pages] [--skip-queries]
    python -m etl bench --dashboard-only [--db WAREHOUSE] [--skip-pages] [--skip-queries]
"""
from __future__ import annotations

import argparse
import functools
import inspect
import json
import math
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "data" / "raw"
REGIONS_CSV = ROOT / "data" / "spec" / "regions.csv"
GEN_VERSION = 1  # bump when the generator's output changes, so cached corpora are remade
JIEBA_SAMPLE_BYTES = 5_000_000
MB = 1_000_000

# ---------------------------------------------------------------- synthetic corpus

# (provincial form, city/county form) of a department's name
DEPARTMENTS = (
    ("工业和信息化厅", "工业和信息化局"), ("科学技术厅", "科学技术局"), ("司法厅", "司法局"),
    ("市场监督管理局", "市场监督管理局"), ("生态环境厅", "生态环境局"), ("自然资源厅", "自然资源局"),
    ("交通运输厅", "交通运输局"), ("人力资源和社会保障厅", "人力资源和社会保障局"), ("财政厅", "财政局"),
    ("商务厅", "商务局"), ("农业农村厅", "农业农村局"), ("住房和城乡建设厅", "住房和城乡建设局"),
    ("文化和旅游厅", "文化和旅游局"), ("卫生健康委员会", "卫生健康局"), ("应急管理厅", "应急管理局"),
    ("水利厅", "水利局"), ("民政厅", "民政局"), ("教育厅", "教育局"), ("审计厅", "审计局"),
    ("医疗保障局", "医疗保障局"), ("统计局", "统计局"), ("林业局", "林业局"), ("人民政府", "人民政府"),
)
SEED_UNITS = ("广东省工业和信息化厅", "清远市工业和信息化局", "山东省工业和信息化厅", "甘肃省工业和信息化委员会",
              "江门市科学技术局")
SEED_PLACES = ("广东省", "山东省", "甘肃省", "清远市", "江门市", "广东", "山东", "甘肃", "清远", "江门")
MEASURES = ("人次", "万元", "亿元", "个工作日", "余件", "余次", "余人", "余家", "多件", "件", "项", "次", "人", "个",
            "家", "场", "期", "篇", "条", "份", "起", "批", "户", "宗", "%")
_NUM_RE = re.compile(r"(?<![\d.\-])(\d{1,6})(?=(?:" + "|".join(MEASURES) + "))")
_YEAR_RE = re.compile(r"(?<![\d\-–—~至])(20[0-3]\d)(?=\s*年)(?!\s*年?\s*[\-–—~至])")
_CN = "零一二三四五六七八九"
_HEADING_RE = re.compile(r"^[一二三四五六七八九十]+、(.+)$")
_ITEM_RE = re.compile(r"^[（(]([一二三四五六七八九十]+)[)）](.+)$")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_PAIR_RE = re.compile(rf"([\u4e00-\u9fff])[(（]([a-zü{_TONED}]{{1,7}})[)）]")
FIGURE_SENTENCES = (
    "全年办理行政许可{a}件，开展行政检查{b}次，作出行政处罚{c}件。",
    "办理人大代表建议{a}件、政协提案{b}件，办复率100%。",
    "受理政府信息公开申请{a}件，主动公开政府信息{b}条。",
    "组织领导干部学法{a}次，开展法治培训{b}期，培训{c}人次。",
    "审查规范性文件{a}件，清理规范性文件{b}件，废止{c}件。",
    "办理行政复议案件{a}件，行政诉讼案件{b}件，信访事项{c}件。",
    "梳理权责清单事项{a}项，政务服务事项{b}项。",
)
CHROME_HEAD = (("首页 > 政务公开 > 法治政府建设",), ("当前位置：首页 > 信息公开 > 法治政府建设",),
               ("首页 > 政务公开 > 部门文件", "【字体：大 中 小】"))
CHROME_FOOT = (("字体", "  • 字体放大", "  • 字体缩小", "分享", "  • 微博", "  • 微信", "打印", "  • 打印", "相关信息"),
               ("【打印】 【关闭】", "相关链接", "版权所有：{unit}  网站标识码：{code}", "{prov}ICP备{icp}号"),
               ("扫一扫", "打印本页", "关闭窗口", "主办单位：{unit}  技术支持：{prov}信息中心"))


@dataclass
class _Pools:
    """Paragraph material cut from the five seed documents (simplified, pinyin removed), each piece with the year
    its seed is about, so years in it can be shifted to the new document's year."""

    intros: dict[str, list[tuple[str, int]]] = field(default_factory=lambda: {"report": [], "plan": []})
    headings: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # section kind -> titles
    items: dict[str, list[tuple[str, tuple[str, ...], int]]] = field(default_factory=dict)  # kind -> (line, paras, y)
    paras: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # kind -> unnumbered section paragraphs
    pinyin: dict[str, str] = field(default_factory=dict)  # traditional character -> pinyin
    regions: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # level -> (name, province, short)


def _section_kind(seed_type: str, heading: str) -> str:
    """done / weak / duty / next for the parts of a report, plan for a plan's parts."""
    if seed_type == "plan":
        return "plan"
    if "不足" in heading or "问题" in heading:
        return "weak"
    if "安排" in heading or "下一" in heading or "计划" in heading:
        return "next"
    if "第一责任人" in heading and not heading.startswith(("切实", "推进")):
        return "duty"
    return "done"


def _cn_num(n: int) -> str:
    """1..99 as Chinese numerals (十一, 二十, 二十三)."""
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


_POOLS: _Pools | None = None


def _pools() -> _Pools:
    """Parse the seeds once into paragraph pools."""
    global _POOLS
    if _POOLS is not None:
        return _POOLS
    import csv

    import opencc

    from .read import read_path

    t2s = opencc.OpenCC("t2s")
    pools = _Pools()
    for k in ("done", "weak", "next", "duty", "plan"):
        pools.headings[k], pools.items[k], pools.paras[k] = [], [], []
    for path in sorted(SEED_DIR.glob("*.txt"))[:5]:
        text = read_path(path).original_text.replace("\r", "")
        for ch, py in _PINYIN_PAIR_RE.findall(text):
            pools.pinyin.setdefault(ch, py)
        text = _PINYIN_PAIR_RE.sub(r"\1", text)
        simple = t2s.convert(text)
        if sum(a != b for a, b in zip(text, simple)) > len(text) * 0.02:
            text = simple
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        # a report has a part on its shortcomings; everything else here is a plan
        seed_type = "report" if any(_HEADING_RE.match(ln) and "不足" in ln for ln in lines) else "plan"
        years = re.findall(r"(20[12]\d)年", text[:600])
        sy = int(min(years)) if years else 2020
        kind, heading_seen, item = "plan", False, None
        for ln in lines:
            if ln.endswith((".pdf", ".docx", ".doc")) or ln in ("字体", "分享", "打印", "相关信息") or ln.startswith("•"):
                continue
            if m := _HEADING_RE.match(ln):
                heading_seen, item = True, None
                kind = _section_kind(seed_type, m.group(1))
                pools.headings[kind].append((m.group(1), sy))
                continue
            if not heading_seen:
                if len(ln) >= 60 and "印发" not in ln and "现将" not in ln:
                    pools.intros[seed_type].append((ln, sy))
                continue
            if m := _ITEM_RE.match(ln):
                item = [m.group(2), [], sy]
                pools.items[kind].append(item)
                continue
            if len(ln) < 12:
                continue
            if item is not None:
                item[1].append(ln)
            else:
                pools.paras[kind].append((ln, sy))
    for k, lst in pools.items.items():
        pools.items[k] = [(line, tuple(ps), y) for line, ps, y in lst]
    provinces = {}
    regions: dict[str, list[tuple[str, str, str]]] = {"province": [], "city": [], "county": []}
    with REGIONS_CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        if r["kind"] == "province":
            provinces[r["province_short"]] = r["name"]
    for r in rows:
        if r["province_short"] in ("台湾", "香港", "澳门") or r["kind"] not in regions:
            continue
        regions[r["kind"]].append((r["name"], provinces.get(r["province_short"], r["province_short"]),
                                   r["province_short"]))
    pools.regions = regions
    _POOLS = pools
    return pools


def _vary_numbers(text: str, rng: random.Random) -> str:
    def sub(m: re.Match) -> str:
        v = int(m.group(1))
        if v == 0:
            return m.group(1)
        new = max(1, round(v * math.exp(rng.uniform(math.log(0.3), math.log(3.0)))))
        if text.startswith("%", m.end()):
            new = min(100, new)
        return str(new)

    return _NUM_RE.sub(sub, text)


@dataclass(frozen=True)
class SynDoc:
    """One generated document and what it was made to be (for tests and the report)."""

    index: int
    name: str
    data: bytes
    doc_type: str
    unit: str
    province: str
    level: str
    year: int
    traditional: bool
    pinyin: bool
    chrome: bool
    encoding: str


def make_document(seed: int, index: int) -> SynDoc:
    """The index-th synthetic document of a corpus (deterministic in seed and index alone)."""
    pools = _pools()
    rng = random.Random(f"fzbench:{GEN_VERSION}:{seed}:{index}")
    doc_type = "report" if rng.random() < 0.55 else "plan"
    year = rng.randint(2016, 2025)
    level = rng.choices(("province", "city", "county"), weights=(25, 50, 25))[0]
    region, prov_full, prov_short = rng.choice(pools.regions[level])
    dept = rng.choice(DEPARTMENTS)
    municipality = prov_short in ("北京", "天津", "上海", "重庆")
    unit = region + (dept[0] if level == "province" and not municipality else dept[1])
    self_ref = "我厅" if unit.endswith("厅") else "我委" if unit.endswith("委员会") else "我局"
    city_name = region if level != "province" else prov_full

    # where the texts of the seeds say their own unit and places, this document says its own
    place_map = {"广东省": prov_full, "山东省": prov_full, "甘肃省": prov_full, "广东": prov_short,
                 "山东": prov_short, "甘肃": prov_short, "清远市": city_name, "江门市": city_name,
                 "清远": city_name.rstrip("市"), "江门": city_name.rstrip("市")}
    place_re = re.compile("|".join(map(re.escape, SEED_UNITS + SEED_PLACES)))

    def adapt(s: str, seed_year: int | None = None) -> str:
        s = place_re.sub(lambda m: unit if m.group() in SEED_UNITS else place_map[m.group()], s)
        if seed_year is not None:
            delta = year - seed_year

            def shift(m: re.Match) -> str:
                y = int(m.group(1))
                return str(y + delta) if abs(y - seed_year) <= 2 else m.group(1)

            s = _YEAR_RE.sub(shift, s)
        s = s.replace("我厅", self_ref).replace("我局", self_ref)
        return _vary_numbers(s, rng)

    target = int(math.exp(rng.uniform(math.log(3000), math.log(30000))))
    paren = rng.choice(("（）", "()"))
    indent = rng.choice(("", "  ", "\u3000\u3000"))
    blank = rng.random() < 0.4
    month = rng.randint(1, 4) if doc_type == "report" else rng.randint(1, 6)
    day = rng.randint(1, 28)
    issue_year = year + 1 if doc_type == "report" else year

    if doc_type == "report":
        title = rng.choice((f"{unit}{year}年法治政府建设年度报告", f"{unit}关于{year}年度法治政府建设情况的报告",
                            f"{unit}{year}年度法治政府建设工作报告"))
        if rng.random() < 0.5:
            head = [title, f"发布日期：{issue_year}-{month:02d}-{day:02d} {rng.randint(8, 18):02d}:"
                           f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}  信息来源：{unit}"]
            tail: list[str] = []
        else:
            head = [title]
            tail = [unit, f"{issue_year}年{month}月{day}日"]
    else:
        what = rng.choice(("法治政府建设工作要点", "依法行政工作要点", "普法依法治理工作要点", "法治政府建设工作方案"))
        title = f"{unit}{year}年{what}"
        head = [rng.choice(("各处室、各直属单位：", "各科室、局属各单位：", "局机关各科室：", "各处室，各厅属单位：")),
                f"现将《{title}》印发给你们，请认真组织实施。", unit, f"{issue_year}年{month}月{day}日", title]
        tail = []
    intro = adapt(*rng.choice(pools.intros[doc_type] or pools.intros["report"] + pools.intros["plan"]))

    # sections: (heading, body lines); items numbered （一）… within a section or across the document
    if doc_type == "report":
        kinds = ["done"] * rng.randint(1, 3) + (["duty"] if rng.random() < 0.5 else []) + ["weak", "next"]
    else:
        kinds = ["plan"] * rng.randint(3, 7)
    continuous = doc_type == "plan" and rng.random() < 0.6
    sections: list[tuple[str, list[str]]] = []
    for k in kinds:
        if k == "done" and rng.random() < 0.5:
            h = f"{year}年度主要举措和成效"
        elif k == "next" and rng.random() < 0.5:
            h = rng.choice((f"{year + 1}年主要安排", "下一年度推进法治政府建设的主要安排"))
        else:
            h = adapt(*rng.choice(pools.headings[k] or pools.headings["done"]))
        sections.append((h, []))
    size = len("\n".join(head + [intro]).encode())
    n_item, sec_i = 0, 0
    fill = [i for i, k in enumerate(kinds) if k in ("done", "plan")]
    while True:
        # every section gets something, then the bulk sections grow until the document reaches its size
        if sec_i < len(sections):
            s = sec_i
            sec_i += 1
        elif size >= target:
            break
        else:
            s = rng.choice(fill)
        k = kinds[s]
        src = k if rng.random() < 0.8 else rng.choice(("done", "plan"))
        if k in ("weak", "duty", "next") and pools.paras[k] and rng.random() < 0.5:
            lines = [adapt(*rng.choice(pools.paras[k]))]
        else:
            line, paras, sy = rng.choice(pools.items[src] or pools.items["plan"])
            lines = [adapt(line, sy)] + [adapt(p, sy) for p in paras]
            if doc_type == "report" and k == "done" and rng.random() < 0.35:
                lines[-1] += rng.choice(FIGURE_SENTENCES).format(a=rng.randint(1, 900), b=rng.randint(1, 400),
                                                                 c=rng.randint(1, 200))
            lines[0] = "\x00ITEM\x00" + lines[0]
        sections[s][1].extend(lines)
        size += sum(len(x.encode()) + 1 for x in lines)

    out: list[str] = list(head) + [intro]
    for si, (h, body) in enumerate(sections, 1):
        out.append(f"{_cn_num(si)}、{h}")
        if not continuous:
            n_item = 0
        for ln in body:
            if ln.startswith("\x00ITEM\x00"):
                n_item += 1
                ln = f"{paren[0]}{_cn_num(min(n_item, 99))}{paren[1]}{ln[6:]}"
            out.append(ln)
    out += tail
    if rng.random() < 0.05:
        out.append(title + rng.choice((".pdf", ".docx", ".doc")))

    traditional = rng.random() < 0.10
    pinyin = False
    if traditional:
        out = _to_traditional(out)
        if rng.random() < 0.7:
            pinyin = True
            p = rng.uniform(0.3, 1.0)
            out = ["".join(c + f"({pools.pinyin[c]})" if c in pools.pinyin and rng.random() < p else c for c in ln)
                   for ln in out]
    chrome = rng.random() < 0.10
    if chrome:
        fmt = dict(unit=unit, prov=prov_short, code=rng.randint(1000000000, 9999999999),
                   icp=f"{rng.randint(10000000, 99999999)}-{rng.randint(1, 9)}")
        out = [x.format(**fmt) for x in rng.choice(CHROME_HEAD)] + out + \
              [x.format(**fmt) for x in rng.choice(CHROME_FOOT)]
    sep = "\n\n" if blank else "\n"
    text = sep.join(indent + ln if _ITEM_RE.match(ln) or len(ln) > 40 else ln for ln in out) + "\n"
    r = rng.random()
    encoding = "gb18030" if r < 0.03 else "utf-8-sig" if r < 0.05 else "utf-8"
    if rng.random() < 0.05:
        text = text.replace("\n", "\r\n")
    data = text.encode(encoding)
    return SynDoc(index, f"syn_{index:06d}.txt", data, doc_type, unit, prov_full, level, year, traditional, pinyin,
                  chrome, encoding)


_S2T = None


def _to_traditional(lines: list[str]) -> list[str]:
    global _S2T
    if _S2T is None:
        import opencc

        _S2T = opencc.OpenCC("s2t")
    return [_S2T.convert(ln) for ln in lines]


def make_corpus(n: int, seed: int, out: Path, log=print) -> tuple[Path, list[SynDoc] | None]:
    """N documents into out/raw (reused when out/manifest.json says the same N, seed and generator).

    Returns the raw dir and, when the corpus was generated now, what each document was made to be (without its
    bytes); None when an existing corpus was reused."""
    raw = out / "raw"
    manifest_path = out / "manifest.json"
    want = {"n": n, "seed": seed, "gen_version": GEN_VERSION}
    if manifest_path.exists() and raw.is_dir():
        try:
            m = json.loads(manifest_path.read_text(encoding="utf-8"))
        except ValueError:
            m = {}
        if {k: m.get(k) for k in want} == want:
            names = set(m.get("files", []))
            present = {p.name for p in raw.iterdir() if p.is_file() and not p.name.startswith(".")}
            if names <= present:
                for extra in present - names:  # e.g. an incremental document left by an interrupted run
                    (raw / extra).unlink()
                log(f"reusing corpus {out} (N={n}, seed={seed})")
                return raw, None
    if raw.exists():
        shutil.rmtree(raw)
    raw.mkdir(parents=True)
    manifest_path.unlink(missing_ok=True)
    docs = []
    t0 = time.perf_counter()
    n_bytes = 0
    for i in range(n):
        d = make_document(seed, i)
        (raw / d.name).write_bytes(d.data)
        n_bytes += len(d.data)
        docs.append(replace(d, data=b""))  # only what it was made to be: the bytes are on disk, not in the bench's RSS
    manifest = dict(want, files=[d.name for d in docs], bytes=n_bytes,
                    traditional=sum(d.traditional for d in docs), chrome=sum(d.chrome for d in docs),
                    gb18030=sum(d.encoding == "gb18030" for d in docs))
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    log(f"generated {n} documents ({manifest['bytes'] / MB:.1f} MB) in {time.perf_counter() - t0:.1f} s → {raw}")
    return raw, docs


# ---------------------------------------------------------------- memory

def _statm_rss_kb(pid: int) -> int:
    """RSS in KiB from /proc/PID/statm (cheap)."""
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, IndexError, ValueError):
        return 0


def _pss_kb(pid: int) -> int:
    """PSS in KiB from smaps_rollup (slow on a big process), or the RSS where that is not readable."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
        return 0
    except OSError:
        return _statm_rss_kb(pid)


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rfind(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(name))
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, ()))
    return out


class TreeMemory:
    """Samples the summed RSS and PSS of this process and its descendants in a background thread."""

    # RSS comes from /proc/PID/statm (microseconds); PSS from smaps_rollup, which walks every page table and costs
    # ~25 ms per 700 MB process: read every 0.1 s it took more than half a core from the build it was measuring
    PSS_EVERY_S = 2.0

    def __init__(self, interval: float = 0.1):
        self.interval, self.peak_rss_kb, self.peak_pss_kb, self.max_procs = interval, 0, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        pids, n, last_pss = [], 0, 0.0
        while not self._stop.is_set():
            if n % 10 == 0:
                pids = _descendants(os.getpid())
            n += 1
            rss = sum(_statm_rss_kb(p) for p in pids)
            now = time.monotonic()
            # PSS at a new RSS peak (PSS <= RSS, so the PSS peak is near one) or every few seconds, never more often
            if (rss > self.peak_rss_kb or now - last_pss > self.PSS_EVERY_S) and now - last_pss > 1.0:
                self.peak_pss_kb = max(self.peak_pss_kb, sum(_pss_kb(p) for p in pids))
                last_pss = now
            self.peak_rss_kb = max(self.peak_rss_kb, rss)
            self.max_procs = max(self.max_procs, len(pids))
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def _cpu_s() -> float:
    """User + system CPU seconds of this process and its reaped children so far."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def _loadavg() -> str:
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def _quiet_streamlit() -> None:
    """No 'missing ScriptRunContext' / 'No runtime found' warnings from bare-mode Streamlit."""
    import logging

    for name in ("streamlit", "streamlit.runtime.caching.cache_data_api",
                 "streamlit.runtime.scriptrunner_utils.script_run_context"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        import streamlit.logger as stl

        stl.set_log_level("error")
    except Exception:
        pass


def _maxrss_mb() -> tuple[float, float]:
    """ru_maxrss (KiB on Linux) of this process and of its largest reaped child, in MB."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / MB)


# ---------------------------------------------------------------- reference segmenter and agreement

def jieba_reference(paths: list[Path], seed: int, log=print) -> dict:
    """Time plain jieba.lcut (HMM on, one process) on the texts the build read; sample ≥ 5 MB and extrapolate."""
    from .read import read_path

    t0 = time.perf_counter()
    texts_bytes = []
    for p in paths:
        try:
            texts_bytes.append(len(read_path(p).original_text.encode("utf-8")))
        except Exception:
            texts_bytes.append(0)
    total = sum(texts_bytes)
    order = list(range(len(paths)))
    random.Random(f"jieba-sample:{seed}").shuffle(order)
    if total <= JIEBA_SAMPLE_BYTES * 1.2:
        sample = list(range(len(paths)))
    else:
        sample, acc = [], 0
        for i in order:
            sample.append(i)
            acc += texts_bytes[i]
            if acc >= JIEBA_SAMPLE_BYTES:
                break
    texts = [read_path(paths[i]).original_text for i in sorted(sample)]
    sample_bytes = sum(len(t.encode("utf-8")) for t in texts)
    log(f"jieba reference: {len(texts)} documents, {sample_bytes / MB:.2f} MB of {total / MB:.2f} MB "
        f"(read in {time.perf_counter() - t0:.1f} s)")
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    t1 = time.perf_counter()
    jieba.initialize()
    init_s = time.perf_counter() - t1
    t1, c1 = time.perf_counter(), time.process_time()
    n_tokens = 0
    for t in texts:
        n_tokens += len(jieba.lcut(t, HMM=True))
    sample_s = time.perf_counter() - t1
    sample_cpu = time.process_time() - c1
    projected = sample_s * total / sample_bytes if sample_bytes else 0.0
    return {"total_text_bytes": total, "sample_docs": len(texts), "sample_bytes": sample_bytes,
            "sample_s": sample_s, "sample_cpu_s": sample_cpu,
            "projected_cpu_s": sample_cpu * total / sample_bytes if sample_bytes else 0.0,
            "init_s": init_s, "projected_s": projected,
            "extrapolated": len(texts) < len(paths), "mb_s": sample_bytes / MB / sample_s if sample_s else 0.0,
            "tokens": n_tokens}


def _agreement_child() -> None:
    """Run in a fresh interpreter (so no domain words are loaded): rjieba.cut vs jieba.lcut on the seeds."""
    import difflib
    import logging

    import jieba
    import rjieba

    from .read import read_path

    jieba.setLogLevel(logging.WARNING)
    rows = []
    for p in sorted(SEED_DIR.glob("*.txt"))[:5]:
        text = read_path(p).original_text
        a, b = jieba.lcut(text, HMM=True), rjieba.cut(text)
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        same = sum(bl.size for bl in sm.get_matching_blocks())
        a0, b0 = jieba.lcut(text, HMM=False), rjieba.cut(text, False)
        off = difflib.SequenceMatcher(None, a0, b0, autojunk=False).ratio()
        rows.append({"file": p.name, "jieba_tokens": len(a), "rjieba_tokens": len(b),
                     "identical_tokens": same, "pct_identical": 100.0 * same / max(len(a), len(b)),
                     "ratio": sm.ratio(), "ratio_hmm_off": off})
    print(json.dumps(rows, ensure_ascii=False))


def segmenter_agreement() -> list[dict]:
    out = subprocess.run([sys.executable, "-c", "from etl.bench import _agreement_child; _agreement_child()"],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- dashboard

ABSENT_TERM = "量子纠缠"  # a search term no government work report is expected to hold
# builder arguments timed for every sample value; any other argument gets its first sample only
EVERY_SAMPLE = {("q_table_preview", "name"), ("export_table", "name"), ("q_options", "column"),
                ("q_category_share", "basis")}


def _query_calls(qmod, con, prefix: str = "q_") -> list[tuple[str, object]]:
    """(label, Query) for every builder named prefix* in dashboard/queries.py (q_: page queries, export_: downloads),
    with default/empty filters and sample args."""
    f = qmod.Filters()

    def one(sql: str, default):
        try:
            row = con.execute(sql).fetchone()
            return row[0] if row and row[0] is not None else default
        except Exception:
            return default

    code = one("SELECT code FROM v_headline GROUP BY code ORDER BY count(*) DESC, code LIMIT 1", "license_count")
    group = one(f"SELECT metric_group FROM metric_dictionary WHERE code = '{code}'", "licenses")
    doc_id = one("SELECT doc_id FROM documents ORDER BY n_items DESC, doc_id LIMIT 1", "")
    # what step 1 of a search for the sample term picks is what step 2 reads
    step1 = qmod.q_search_docs(f, "行政许可") if hasattr(qmod, "q_search_docs") else None
    doc_ids = tuple(r[0] for r in con.execute(
        f"SELECT doc_id FROM ({step1.sql})", list(step1.params)).fetchall()) if step1 else ()
    samples = {
        "f": [f], "column": sorted(getattr(qmod, "OPTION_COLUMNS", ("region",))), "group": [group], "code": [code],
        "doc_id": [doc_id], "term": ["行政许可"], "name": list(getattr(qmod, "EXPORT_TABLES", ("documents",))),
        "basis": sorted(getattr(qmod, "SHARE_BASES", {"items": 0})), "top_n": None, "kinds": None,
        "doc_ids": [doc_ids], "n_docs": None, "per_doc": None,
    }
    calls = []
    for fname, fn in sorted(inspect.getmembers(qmod, inspect.isfunction)):
        if not fname.startswith(prefix) or fn.__module__ != qmod.__name__:
            continue
        params = inspect.signature(fn).parameters
        combos: list[dict] = [{}]
        ok = True
        for pname, prm in params.items():
            vals = samples.get(pname)
            if vals and (fname, pname) not in EVERY_SAMPLE:
                vals = vals[:1]
            if vals is None:
                if prm.default is inspect.Parameter.empty:
                    ok = False
                continue
            combos = [dict(c, **{pname: v}) for c in combos for v in vals]
        if not ok:
            calls.append((f"{fname}(…)", None))
            continue
        for kw in combos:
            extra = ",".join(f"{len(v)} ids" if k == "doc_ids" else str(v) for k, v in kw.items() if k != "f")
            label = f"{fname}({extra})" if extra else fname
            calls.append((label, fn(**kw)))
    if prefix == "q_" and hasattr(qmod, "search_docs"):
        # what the search page waits for before step 2: its candidates, then the texts they point to; a common term,
        # the least common city name (a rare term) and a term no document has take different paths
        rare = one("SELECT city FROM documents WHERE city IS NOT NULL GROUP BY city ORDER BY count(*), city LIMIT 1",
                   "清远")
        store = None
        if hasattr(qmod, "load_text_store"):
            # the page loads it at its first common-term search, once per warehouse version; timed apart
            t0 = time.perf_counter()
            store = qmod.load_text_store(lambda query: con.execute(query.sql, list(query.params)).fetchall())
            load_ms = (time.perf_counter() - t0) * 1000
            calls.append((f"load_text_store: every text into memory, once per warehouse version "
                          f"({sum(len(t) for t in store.texts):,} characters)" if store else
                          "load_text_store: texts over MAX_STORE_CHARS, not held", {"info_ms": load_ms}))
        extra = {"store": store} if store else {}
        if store:
            calls = [(label + FALLBACK_NOTE if label.startswith("q_search_docs(") else label, query)
                     for label, query in calls]
        for term in ("行政许可", rare, ABSENT_TERM):
            path = "q_search_docs" if not store else "q_search_docs, or the texts in memory"
            calls.append((f"search_docs({term}) = q_search_candidates + {path}",
                          functools.partial(qmod.search_docs, f, term, **extra)))
    return calls


# q_search_docs reading every filtered text: with the texts in memory (TextStore) the page no longer runs it
FALLBACK_NOTE = " — reads every text; the page runs it only when the texts are over MAX_STORE_CHARS"
QUERY_RUNS = 5   # page queries: median of this many runs, held to 50 ms
EXPORT_RUNS = 3  # downloads: whole tables, seconds each at 10,000 documents; reported, not held to a target


def time_queries(db: Path, runs: int = QUERY_RUNS, log=print, prefix: str = "q_") -> list[dict]:
    """Median and max of `runs` executions of every dashboard query (plain DuckDB, no Streamlit cache);
    prefix "export_" times the downloads instead."""
    import duckdb

    sys.path.insert(0, str(ROOT))
    _quiet_streamlit()
    from dashboard import queries as qmod

    con = duckdb.connect(str(db), read_only=True)
    rows = []
    try:
        for label, query in _query_calls(qmod, con, prefix):
            if query is None:
                rows.append({"query": label, "error": "no sample arguments"})
                continue
            if isinstance(query, dict):  # timed once where it was made
                rows.append({"query": label, "median_ms": query["info_ms"], "max_ms": query["info_ms"], "rows": None,
                             "error": None, "info": True})
                continue
            times, n_rows, err = [], None, None
            for _ in range(runs):
                cur = con.cursor()
                t0 = time.perf_counter()
                try:
                    if callable(query):  # several queries, run as the page runs them
                        df = query(runner=lambda q, cur=cur: cur.execute(q.sql, list(q.params)).df())
                    else:
                        df = cur.execute(query.sql, list(query.params)).df()
                    n_rows = len(df)
                except Exception as e:  # report, keep going
                    err = f"{type(e).__name__}: {e}"[:200]
                    break
                finally:
                    times.append(time.perf_counter() - t0)
                    cur.close()
            rows.append({"query": label, "median_ms": statistics.median(times) * 1000,
                         "max_ms": max(times) * 1000, "rows": n_rows, "error": err,
                         "info": label.endswith(FALLBACK_NOTE)})
    finally:
        con.close()
    return rows


def time_pages(db: Path, timeout: float = 120, log=print) -> list[dict]:
    """One AppTest run per page in pages/ (and app.py), each with Streamlit's caches cleared first."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    _quiet_streamlit()
    os.environ["FZDB_PATH"] = str(db)
    sys.path.insert(0, str(ROOT))
    cwd = os.getcwd()
    os.chdir(ROOT)
    rows = []
    try:
        pages = sorted((ROOT / "pages").glob("*.py"))
        # one untimed warm-up: imports of pandas, plotly and the dashboard modules are not a page's cost
        t0 = time.perf_counter()
        try:
            AppTest.from_file(str(pages[0]), default_timeout=timeout).run(timeout=timeout)
        except Exception:
            pass
        warm = time.perf_counter() - t0
        for path in pages + [ROOT / "app.py"]:
            st.cache_data.clear()
            st.cache_resource.clear()
            at = AppTest.from_file(str(path), default_timeout=timeout)
            t0 = time.perf_counter()
            err = None
            try:
                at.run(timeout=timeout)
                if at.exception:
                    err = "; ".join(str(e.value)[:160] for e in at.exception)
            except Exception as e:
                err = f"{type(e).__name__}: {e}"[:200]
            cold = time.perf_counter() - t0
            t0 = time.perf_counter()
            try:
                at.run(timeout=timeout)  # rerun with warm caches, like a user changing a widget
            except Exception:
                pass
            rows.append({"page": path.relative_to(ROOT).as_posix(), "cold_s": cold,
                         "rerun_s": time.perf_counter() - t0, "error": err})
        rows.append({"page": "(warm-up run of the first page, imports included)", "cold_s": warm, "rerun_s": None,
                     "error": None, "info": True})
    finally:
        os.chdir(cwd)
    return rows


# ---------------------------------------------------------------- machine and report

def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return f"nproc {os.cpu_count()}, CPU {cpu}, RAM {ram}, Python {platform.python_version()}, {platform.platform()}"


def _fmt_s(s: float) -> str:
    return f"{s:.2f} s" if s < 100 else f"{s:.0f} s"


def _yes(ok: bool | None) -> str:
    return "—" if ok is None else ("yes" if ok else "**no**")


def _dashboard_summary(r: dict) -> list[str]:
    """Summary-table rows for the dashboard: page queries (held to 50 ms), downloads (reported), pages (1 s)."""
    L = []
    qs = r.get("queries")
    if qs:
        once = [q for q in qs if q.get("info")]
        qs = [q for q in qs if not q.get("info")]
        ok = [q for q in qs if q.get("median_ms") is not None and not q.get("error")]
        worst = max(ok, key=lambda q: q["median_ms"]) if ok else None
        n_over = sum(1 for q in ok if q["median_ms"] >= 50)
        errs = sum(1 for q in qs if q.get("error"))
        L += [f"| {q['query']} | {q['median_ms']:.0f} ms | not held to 50 ms | — |" for q in once]
        L.append(f"| dashboard queries ({len(qs)}) — slowest median | "
                 f"{worst['median_ms']:.1f} ms ({worst['query']}); {n_over} over 50 ms; {errs} errors | "
                 f"every query < 50 ms median | {_yes(n_over == 0 and errs == 0)} |" if worst else
                 f"| dashboard queries | none ran ({errs} errors) | < 50 ms | {_yes(False)} |")
    ex = r.get("exports")
    if ex:
        ok = [q for q in ex if q.get("median_ms") is not None and not q.get("error")]
        worst = max(ok, key=lambda q: q["median_ms"]) if ok else None
        errs = sum(1 for q in ex if q.get("error"))
        L.append(f"| downloads ({len(ex)}), built only when the user asks — slowest median | "
                 f"{worst['median_ms']:.0f} ms ({worst['query']}); {errs} errors | not a page query | — |" if worst else
                 f"| downloads | none ran ({errs} errors) | | {_yes(False)} |")
    pages = [p for p in r.get("pages") or [] if not p.get("info")]
    if pages:
        worst = max(pages, key=lambda p: p["cold_s"])
        errs = [p for p in pages if p["error"]]
        L.append(f"| page AppTest runs ({len(pages)}) — slowest | {worst['cold_s']:.2f} s ({worst['page']}); "
                 f"{len(errs)} with errors | each < 1 s | {_yes(worst['cold_s'] < 1 and not errs)} |")
    return L


def _query_table(rows: list[dict], target: bool) -> list[str]:
    """Markdown rows of query timings; target: mark each against 50 ms."""
    L = []
    for q in rows:
        if q.get("error") and q.get("median_ms") is None:
            L.append(f"| {q['query']} | — | — | — | error: {q['error']} |")
            continue
        met = (_yes(q["median_ms"] < 50 and not q.get("error")) if target and not q.get("info") else
               ("error" if q.get("error") else "—"))
        L.append(f"| {q['query']} | {q['median_ms']:.1f} | {q['max_ms']:.1f} | {q['rows'] if q['rows'] is not None else '—'} | "
                 f"{met}{' ' + q['error'] if q.get('error') else ''} |")
    return L


def _dashboard_sections(r: dict) -> list[str]:
    """The per-query, per-download and per-page tables."""
    L = []
    if r.get("queries"):
        L += ["", f"## Queries (plain DuckDB, read-only connection, default/empty filters, {QUERY_RUNS} runs each)", "",
              "| query | median ms | max ms | rows | met? |", "|---|---|---|---|---|"]
        L += _query_table(r["queries"], True)
    if r.get("exports"):
        L += ["", f"## Downloads (export_* builders: whole tables and full lists, built only when the user clicks; "
              f"{EXPORT_RUNS} runs each, `.df()` included, file encoding not included)", "",
              "| export | median ms | max ms | rows | |", "|---|---|---|---|---|"]
        L += _query_table(r["exports"], False)
    if r.get("pages"):
        L += ["", "## Pages (streamlit.testing.v1.AppTest, FZDB_PATH = the bench warehouse; "
              "caches cleared before each)", "",
              "| page | first run | rerun (warm cache) | < 1 s? | error |", "|---|---|---|---|---|"]
        for p in r["pages"]:
            rerun = f"{p['rerun_s']:.2f} s" if p.get("rerun_s") is not None else "—"
            met = "—" if p.get("info") else _yes(p["cold_s"] < 1 and not p["error"])
            L.append(f"| {p['page']} | {p['cold_s']:.2f} s | {rerun} | {met} | {p['error'] or ''} |")
    return L


def render_report(r: dict) -> str:
    L = [f"# 法治对标 benchmark — {r['n_docs']} synthetic documents", "",
         f"- command: `{r['command']}`", f"- machine: {r['machine']}",
         f"- corpus: {r['corpus']} — {r['n_files']} files, {r['disk_bytes'] / MB:.1f} MB on disk, "
         f"{r['text_bytes'] / MB:.1f} MB of UTF-8 text (MB = 10^6 bytes); seed {r['seed']}; workers {r['workers']}",
         f"- date: {r['date']}", ""]
    b, j = r["build"], r["jieba"]
    ratio = b["cold_s"] / j["projected_s"] if j["projected_s"] else float("nan")
    speedup = 1 / ratio if ratio else float("nan")
    rss = r["rss"]
    L += ["| metric | value | target | met? |", "|---|---|---|---|"]
    L.append(f"| cold full build (no cache) | {_fmt_s(b['cold_s'])} · {r['n_files'] / b['cold_s']:.1f} docs/s · "
             f"{r['text_bytes'] / MB / b['cold_s']:.2f} MB/s (CPU {_fmt_s(b['cpu_s'])} over all processes; "
             f"load average before {b['load_before']}, after {b['load_after']}) | | |")
    jnote = (f"measured on a {j['sample_bytes'] / MB:.1f} MB deterministic sample ({j['sample_docs']} docs, "
             f"{_fmt_s(j['sample_s'])}) and extrapolated linearly" if j["extrapolated"]
             else "measured on the full text")
    L.append(f"| plain jieba.lcut (HMM on, 1 process), full text | {_fmt_s(j['projected_s'])} ({j['mb_s']:.2f} MB/s; "
             f"{jnote}; CPU {_fmt_s(j['projected_cpu_s'])}; dictionary load {j['init_s']:.1f} s excluded) | | |")
    cpu_ratio = b["cpu_s"] / j["projected_cpu_s"] if j["projected_cpu_s"] else float("nan")
    L.append(f"| build_time / jieba_time | {ratio:.3f} (build is {speedup:.2f}× as fast; CPU-time ratio "
             f"{cpu_ratio:.3f}) | ≤ 0.1 (≥ 10× faster) | {_yes(speedup >= 10)} |")
    peak = max(rss["tree_pss_mb"], rss["self_mb"], rss["children_mb"])
    L.append(f"| peak memory of the build | {peak:.0f} MB (process tree PSS sampled: {rss['tree_pss_mb']:.0f} MB; "
             f"tree RSS sum {rss['tree_rss_mb']:.0f} MB over ≤ {rss['max_procs']} processes; "
             f"ru_maxrss SELF {rss['self_mb']:.0f} MB, CHILDREN {rss['children_mb']:.0f} MB — the larger is "
             f"{rss['which']}) | < 2 GB | {_yes(peak < 2000)} |")
    L.append(f"| warehouse file | {r['db_bytes'] / MB:.1f} MB | | |")
    inc = r.get("incremental")
    if inc:
        pct = 100 * inc["add_s"] / b["cold_s"]
        L.append(f"| incremental add of 1 document (cached build) | {_fmt_s(inc['add_s'])} = {pct:.1f}% of the "
                 f"cold build (cache-filling build {_fmt_s(inc['fill_s'])}, unchanged cached rebuild "
                 f"{_fmt_s(inc['nochange_s'])}) | < 5% | {_yes(pct < 5)} |")
    agr = r.get("agreement")
    if agr:
        same = sum(a["identical_tokens"] for a in agr)
        tot = sum(max(a["jieba_tokens"], a["rjieba_tokens"]) for a in agr)
        per = ", ".join(f"{a['file'][:3]} {a['pct_identical']:.2f}%" for a in agr)
        lo, hi = min(a["ratio_hmm_off"] for a in agr), max(a["ratio_hmm_off"] for a in agr)
        L.append(f"| rjieba.cut vs jieba.lcut, identical tokens on the 5 seeds | {100 * same / tot:.2f}% ({per}; "
                 f"SequenceMatcher ratio with HMM off {lo:.4f}–{hi:.4f}) | | |")
        L.append("| traditional → simplified | OpenCC t2s | | |")
    L += _dashboard_summary(r)
    L += _dashboard_sections(r)
    if r.get("notes"):
        L += ["", "## Notes", ""] + [f"- {n}" for n in r["notes"]]
    return "\n".join(L) + "\n"


def render_dashboard_report(r: dict) -> str:
    """The report of a --dashboard-only run."""
    L = [f"# 法治对标 dashboard benchmark — {r['n_docs']} documents", "",
         f"- command: `{r['command']}`", f"- machine: {r['machine']}",
         f"- warehouse: {r['db']} ({r['db_bytes'] / MB:.1f} MB)", f"- date: {r['date']}", "",
         "| metric | value | target | met? |", "|---|---|---|---|"]
    L += _dashboard_summary(r)
    L += _dashboard_sections(r)
    if r.get("notes"):
        L += ["", "## Notes", ""] + [f"- {n}" for n in r["notes"]]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- main

def time_dashboard(db: Path, r: dict, args, log) -> None:
    """Fill r with page-query, download and page timings on the warehouse db (failures become notes)."""
    if not args.skip_queries:
        log("timing dashboard queries …")
        try:
            r["queries"] = time_queries(db, log=log)
            log("timing downloads …")
            r["exports"] = time_queries(db, runs=EXPORT_RUNS, log=log, prefix="export_")
        except Exception as e:
            r["notes"].append(f"query timing failed: {type(e).__name__}: {e}")
    if not args.skip_pages:
        log("timing pages with AppTest …")
        try:
            r["pages"] = time_pages(db, timeout=args.page_timeout, log=log)
        except Exception as e:
            r["notes"].append(f"page timing failed: {type(e).__name__}: {e}")


def dashboard_main(args, argv: list[str] | None) -> int:
    """--dashboard-only: time queries, downloads and pages on an existing warehouse; report beside it."""
    import duckdb

    def log(msg: str) -> None:
        print(f"[bench] {msg}", file=sys.stderr, flush=True)

    out = Path(args.out) if args.out else ROOT / "bench_out" / f"corpus_{args.docs}"
    db = Path(args.db) if args.db else out / "warehouse.duckdb"
    if not db.exists():
        print(f"数据仓库不存在：{db}", file=sys.stderr)
        return 2
    with duckdb.connect(str(db), read_only=True) as con:
        n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    shown_argv = list(sys.argv[1:]) if argv is None else list(argv)
    r: dict = {"n_docs": n_docs, "db": str(db), "db_bytes": db.stat().st_size, "machine": machine(),
               "command": f"python -m etl bench {' '.join(shown_argv)}".strip(),
               "date": time.strftime("%Y-%m-%d %H:%M:%S"), "notes": []}
    r["notes"].append(f"load average before: {_loadavg()} (a shared machine: wall times move with it)")
    time_dashboard(db, r, args, log)
    r["notes"].append(f"load average after: {_loadavg()}")
    report = render_dashboard_report(r)
    print(report)
    report_path = db.parent / "report_dashboard.md"
    report_path.write_text(report, encoding="utf-8")
    (db.parent / "report_dashboard.json").write_text(json.dumps(r, ensure_ascii=False, indent=1, default=str),
                                                    encoding="utf-8")
    log(f"report written to {report_path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl bench", description="合成语料上的构建与看板性能基准")
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=20241123)
    ap.add_argument("--out", default=None, help="work dir (default bench_out/corpus_N)")
    ap.add_argument("--skip-pages", action="store_true")
    ap.add_argument("--skip-queries", action="store_true")
    ap.add_argument("--page-timeout", type=float, default=120.0, help="seconds allowed for one AppTest run")
    ap.add_argument("--dashboard-only", action="store_true",
                    help="no corpus, no builds: time dashboard queries, downloads and pages on an existing warehouse")
    ap.add_argument("--db", default=None, help="the warehouse for --dashboard-only (default <out>/warehouse.duckdb)")
    args = ap.parse_args(argv)
    if args.dashboard_only:
        return dashboard_main(args, argv)

    from .cli import build, raw_files

    def log(msg: str) -> None:
        print(f"[bench] {msg}", file=sys.stderr, flush=True)

    n = args.docs
    out = Path(args.out) if args.out else ROOT / "bench_out" / f"corpus_{n}"
    out.mkdir(parents=True, exist_ok=True)
    shown_argv = list(sys.argv[1:]) if argv is None else list(argv)
    r: dict = {"n_docs": n, "seed": args.seed, "workers": args.workers, "corpus": str(out), "machine": machine(),
               "command": f"python -m etl bench {' '.join(shown_argv)}".strip(),
               "date": time.strftime("%Y-%m-%d %H:%M:%S"), "notes": []}

    raw, _ = make_corpus(n, args.seed, out, log)
    paths = raw_files(raw)
    r["n_files"] = len(paths)
    r["disk_bytes"] = sum(p.stat().st_size for p in paths)
    db = out / "warehouse.duckdb"
    for p in (db, out / "cache"):
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()

    # 1. cold full build, memory sampled over the whole process tree
    log(f"cold build of {len(paths)} documents with {args.workers} workers …")
    load_before = _loadavg()
    with TreeMemory() as mem:
        t0, c0 = time.perf_counter(), _cpu_s()
        rejected = build(raw, db, args.workers, quiet=True, use_cache=False)
        cold, cold_cpu = time.perf_counter() - t0, _cpu_s() - c0
    self_mb, child_mb = _maxrss_mb()
    r["build"] = {"cold_s": cold, "cpu_s": cold_cpu, "rejected": rejected, "load_before": load_before,
                  "load_after": _loadavg()}
    r["rss"] = {"self_mb": self_mb, "children_mb": child_mb, "which": "SELF" if self_mb >= child_mb else "CHILDREN",
                "tree_rss_mb": mem.peak_rss_kb * 1024 / MB, "tree_pss_mb": mem.peak_pss_kb * 1024 / MB,
                "max_procs": mem.max_procs}
    r["db_bytes"] = db.stat().st_size
    if rejected:
        r["notes"].append(f"{rejected} of {len(paths)} files were rejected by the build (duplicates or read errors).")
    log(f"cold build {cold:.1f} s; peak tree PSS {r['rss']['tree_pss_mb']:.0f} MB")

    # 2. the reference: plain jieba on the same texts
    j = jieba_reference(paths, args.seed, log)
    r["jieba"] = j
    r["text_bytes"] = j["total_text_bytes"]
    log(f"jieba {j['sample_s']:.1f} s on {j['sample_bytes'] / MB:.1f} MB → projected {j['projected_s']:.1f} s")

    # 3. incremental: a cache-filling build, an unchanged cached rebuild, then one new document
    added = raw / f"zz_bench_added_{n:06d}.txt"
    try:
        t0 = time.perf_counter()
        build(raw, db, args.workers, quiet=True, use_cache=True)
        fill = time.perf_counter() - t0
        t0 = time.perf_counter()
        build(raw, db, args.workers, quiet=True, use_cache=True)
        nochange = time.perf_counter() - t0
        added.write_bytes(make_document(args.seed, n).data)
        t0 = time.perf_counter()
        build(raw, db, args.workers, quiet=True, use_cache=True)
        add_s = time.perf_counter() - t0
        r["incremental"] = {"fill_s": fill, "nochange_s": nochange, "add_s": add_s}
        log(f"incremental add {add_s:.1f} s ({100 * add_s / cold:.1f}% of cold)")
    finally:
        added.unlink(missing_ok=True)
    # the warehouse now holds N+1 documents; queries and pages run on it

    # 4. segmenter agreement on the seeds
    try:
        r["agreement"] = segmenter_agreement()
    except Exception as e:
        r["notes"].append(f"agreement check failed: {e}")

    # 5. dashboard
    time_dashboard(db, r, args, log)

    r["notes"].append("Wall times are of a shared machine: the load average before/after the cold build is in the "
                      "table; CPU seconds (user+system of the bench process and its reaped workers) are given "
                      "beside them.")
    r["notes"].append("Peak memory is sampled during the cold build: the summed RSS of this process and its workers "
                      "every 0.1 s, their summed PSS at new RSS peaks and every 2 s (PSS shares copy-on-write pages "
                      "fairly; the RSS sum counts them once per process). "
                      "ru_maxrss SELF is this process's lifetime peak up to the end of the cold build; CHILDREN is the "
                      "largest single reaped worker.")
    r["notes"].append("Incremental: a cache-filling build (use_cache=True) runs first; the new document is then added "
                      "to the raw dir and build(use_cache=True) runs incrementally: files are hashed only when their "
                      "size, mtime or inode changed, the old warehouse is copied, the new document's rows are inserted "
                      "and the corpus-wide tables (keywords, coverage, headline values, category sums) are recomputed "
                      "in SQL; the result equals a full build (tests/test_load.py).")
    report = render_report(r)
    print(report)
    report_path = out.parent / f"report_{n}.md"
    report_path.write_text(report, encoding="utf-8")
    (out.parent / f"report_{n}.json").write_text(json.dumps(r, ensure_ascii=False, indent=1, default=str),
                                                encoding="utf-8")
    log(f"report written to {report_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
