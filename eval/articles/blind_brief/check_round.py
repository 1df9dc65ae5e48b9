"""python3 check_round.py NNN  -- checks /tmp/blindw/roundNNN.py against the format and vocabulary."""
import importlib, json, re, sys, collections
sys.path.insert(0, "/tmp/blindw")
n = int(sys.argv[1])
from annotate import check
vocab = json.load(open("/tmp/blindw/brief/vocab.json"))
mod = importlib.import_module(f"round{n}")
arts = mod.ARTICLES
problems = []
langs = collections.Counter(a["lang"] for a in arts)
if len(arts) != 6 or langs != {"de": 4, "en": 2}:
    problems.append(f"need 6 articles, 4 de and 2 en: got {dict(langs)}")
types = collections.Counter()
for a in arts:
    try:
        check(a)
    except SystemExit as exc:
        problems.append(str(exc))
    if not re.fullmatch(rf"hm{n}-(de|en)-0\d", a["id"]):
        problems.append(f"bad id {a['id']}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", a.get("published") or ""):
        problems.append(f"{a['id']}: published must be YYYY-MM-DD")
    words = len(a["text"].split())
    if not 180 <= words <= 420:
        problems.append(f"{a['id']}: {words} words (want about 220-380)")
    for e in a["events"]:
        types[e["type"]] += 1
        if e["type"] not in vocab["modes"]:
            problems.append(f"{a['id']}: unknown type {e['type']}")
        elif e["mode"] not in vocab["modes"][e["type"]]:
            problems.append(f"{a['id']}: mode {e['mode']!r} unusual for {e['type']} (known: {vocab['modes'][e['type']]})")
        for role in (e["source"], e["target"]):
            if role is None:
                continue
            if role["sector"] not in vocab["sectors"]:
                problems.append(f"{a['id']}: sector {role['sector']} not in {vocab['sectors']}")
            if not re.fullmatch(r"[A-Z]{3}", role["country"] or ""):
                problems.append(f"{a['id']}: country {role['country']!r} is not a 3-letter code")
            elif role["country"] not in vocab["countries"]:
                # (round 470 coded Kosovo "KOS"; its code is XKX)
                problems.append(f"{a['id']}: country {role['country']!r} is no ISO 3166 alpha-3 code (Kosovo: XKX)"
                                " nor one of UNO EUR IGO NGO MNC")
        if e["evidence"] not in a["text"].split("\n") and not any(e["evidence"] in p for p in a["text"].split("\n")):
            problems.append(f"{a['id']}: evidence not in text")
    for q in a["quotes"]:
        if q["kind"] not in ("direct", "indirect"):
            problems.append(f"{a['id']}: quote kind {q['kind']}")
    for ent in a["entities"]:
        if ent["type"] not in ("PER", "ORG", "LOC", "MISC"):
            problems.append(f"{a['id']}: entity type {ent['type']}")
print(f"round {n}: {len(arts)} articles, {sum(types.values())} events {dict(types.most_common())}, "
      f"{sum(len(a['quotes']) for a in arts)} quotes")
print("\n".join(problems) if problems else "OK")
