"""Throughput and peak memory of the whole default pipeline (what ``herodotus extract`` runs)
on 500-word German news articles.

    .venv/bin/python benchmarks/bench_extract.py              # 20 articles, 2 threads
    .venv/bin/python benchmarks/bench_extract.py --articles 50 --words 500

Text: hand-written German news sentences (below; no external data), shuffled into
articles of about ``--words`` words, so every article differs. All stages are loaded and
warmed up on one article before timing; the figure is articles per second over the rest.
Peak memory is the process's maximum resident set size (ru_maxrss), models included.
Target: >= 2 articles/s on 2 cores, peak <= 2 GB.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from herodotus.model import Document  # noqa: E402
from herodotus.pipeline import DEFAULT_STAGES, Pipeline  # noqa: E402

SENTENCES = [
    "Der russische Außenminister Sergej Lawrow hat am Montag in Moskau seinen chinesischen Amtskollegen empfangen.",
    "Beide Seiten vereinbarten nach Angaben des Ministeriums eine engere Zusammenarbeit in Wirtschaftsfragen.",
    "„Wir stehen fest an der Seite unserer Partner“, sagte Lawrow nach dem Treffen vor Journalisten.",
    "Zuvor hatte er der NATO eine gezielte Eskalation an den Grenzen Russlands vorgeworfen.",
    "Die Bundesregierung in Berlin wies die Vorwürfe am Dienstag entschieden zurück.",
    "Bundeskanzler Olaf Scholz forderte Moskau auf, die Truppen aus dem Grenzgebiet abzuziehen.",
    "Die Europäische Union verhängte neue Sanktionen gegen mehrere russische Banken und Unternehmen.",
    "In der ukrainischen Stadt Charkiw wurden bei einem Raketenangriff in der Nacht mindestens zwölf Menschen verletzt.",
    "Das ukrainische Militär teilte mit, die Luftabwehr habe mehrere Drohnen abgefangen.",
    "Präsident Selenskyj verurteilte den Angriff und bat die westlichen Verbündeten um weitere Flugabwehrsysteme.",
    "Die Vereinten Nationen lieferten Hilfsgüter an Tausende Vertriebene im Osten des Landes.",
    "In Paris demonstrierten am Wochenende mehrere tausend Menschen gegen die Rentenreform der Regierung.",
    "Die Polizei nahm nach Ausschreitungen am Rande der Kundgebung mehr als vierzig Personen fest.",
    "Der französische Präsident Emmanuel Macron wird nächste Woche nach Polen reisen.",
    "Dort will er mit Ministerpräsident Donald Tusk über die Sicherheitslage in Osteuropa beraten.",
    "Nordkorea drohte Südkorea und den USA wegen eines geplanten gemeinsamen Manövers mit einem militärischen Schlag.",
    "Das Verteidigungsministerium in Seoul erklärte, man nehme die Drohungen ernst.",
    "Der iranische Außenminister lehnte ein Treffen mit dem amerikanischen Gesandten ab.",
    "Teheran könnte nach Einschätzung von Experten die Gespräche über das Atomprogramm bald wieder aufnehmen.",
    "Die türkische Regierung kritisierte die israelischen Luftangriffe im Süden des Libanon scharf.",
    "Israel hatte nach eigenen Angaben Stellungen der Hisbollah-Miliz beschossen.",
    "Im Sudan kämpfen die Armee und die Miliz RSF seit Monaten um die Kontrolle der Hauptstadt Khartum.",
    "UN-Generalsekretär António Guterres rief beide Seiten zu einer sofortigen Waffenruhe auf.",
    "Der armenische Regierungschef trat nach tagelangen Massenprotesten überraschend zurück.",
    "In seiner Erklärung räumte er ein, einen Fehler begangen zu haben.",
    "Die Opposition begrüßte den Schritt und kündigte weitere Gespräche mit der Regierung an.",
    "Am Donnerstag trafen sich die Außenminister der G7-Staaten zu Beratungen in Tokio.",
    "Japan und Südkorea unterzeichneten dabei ein Abkommen über den Austausch von Geheimdienstinformationen.",
    "Der Sprecher des Weißen Hauses sagte, Washington werde die Lage weiter genau beobachten.",
    "Die Entscheidung sei noch nicht gefallen, betonte er am Abend.",
]


def articles(n: int, words: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for k in range(n):
        text, count = [], 0
        while count < words:
            sentence = rng.choice(SENTENCES)
            text.append(sentence)
            count += len(sentence.split())
        paragraphs = [" ".join(text[i:i + 4]) for i in range(0, len(text), 4)]
        docs.append(Document(id=f"bench-{k}", text="\n".join(paragraphs), lang="de",
                             published=date(2024, 5, 2)))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--words", type=int, default=500)
    ap.add_argument("--threads", type=int, default=2, help="torch threads (of the one process; workers use 1)")
    ap.add_argument("--workers", type=int, default=1,
                    help="code articles in this many forked processes (as 'herodotus extract --workers')")
    args = ap.parse_args()
    try:
        import torch
        torch.set_num_threads(args.threads)
    except ImportError:
        pass
    docs = articles(args.articles + 1, args.words)
    nlp = Pipeline(DEFAULT_STAGES)
    nlp(docs[0])   # loads every model and warms caches
    n_words = sum(len(d.text.split()) for d in docs[1:])
    started = time.perf_counter()
    events = 0
    per_stage: dict[str, float] = {name: 0.0 for name in nlp.stage_names}
    if args.workers > 1:
        events = sum(len(doc.events) for doc in nlp.pipe(docs[1:], workers=args.workers))
    else:
        for doc in docs[1:]:
            for stage in nlp.stages:   # the same as nlp(doc), timed per stage
                t0 = time.perf_counter()
                stage(doc)
                per_stage[stage.name] += time.perf_counter() - t0
            events += len(doc.events)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"stages: {', '.join(nlp.stage_names)}")
    print(f"articles: {len(docs) - 1}, words/article: {n_words / (len(docs) - 1):.0f}, events: {events}")
    print(f"throughput: {(len(docs) - 1) / elapsed:.2f} articles/s ({n_words / elapsed:.0f} words/s), "
          + (f"workers={args.workers}" if args.workers > 1 else f"threads={args.threads}"))
    if args.workers > 1:
        print(f"peak memory: {peak_mb:.0f} MB parent, largest worker {worker_mb:.0f} MB "
              "(pages shared with the parent are counted in both)")
        return
    print("seconds/article per stage: " + ", ".join(
        f"{name} {secs / (len(docs) - 1):.3f}" for name, secs in per_stage.items()))
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
