#!/usr/bin/env python3
"""Per-event miss report for the knowledge bench (knowledge --only events).

usage: event_misses.py SCORE_PY GOLD.json REPORTS_DIR

For each gold event: matched or why not, with the predicted events of the gold trigger's sentence
(a report event's `sentence` span), so a miss reads as one of
  none  - no predicted event in that sentence (trigger unknown, dropped, or crowded out by the cap)
  type  - events in the sentence, none of the gold type
  tgt   - right type and source, wrong or missing target
  src   - right type and target, wrong source
  both  - right type, both actors wrong
Predicted events that matched no gold event are listed as extra. Matching is score.py's (greedy,
type + loose actor names); the classes are a reading aid, not a second score.
"""
import importlib.util
import json
import sys
from pathlib import Path


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("knowledge_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    sc = load_scorer(argv[0])
    gold = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    reports = Path(argv[2])
    totals = {}
    for doc_id, g in sorted(gold.items()):
        path = reports / f"{doc_id}.json"
        report = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        doc = sc.Doc(report)
        text = (report.get("article") or {}).get("text") or ""
        norm_text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
        events = report.get("events") or []

        def show(v):
            names = lambda ids: ",".join(sorted(doc.names_of(ids))[:2]) or "-"
            trig = text[v["trigger"]["start"]:v["trigger"]["end"]]
            return f"{v['type']:9s} {names(v.get('source') or [])[:28]:28s} -> {names(v.get('target') or [])[:28]:28s} «{trig}» {v.get('modality')}"

        print(f"== {doc_id[:12]} gold={len(g.get('events') or [])} pred={len(events)}")
        used = set()
        for ge in g.get("events") or []:
            gs = sc.gold_names(g, ge["source"]) if ge.get("source") else set()
            gt = sc.gold_names(g, ge["target"]) if ge.get("target") else set()
            match = None
            for k, v in enumerate(events):
                if k in used or sc.norm(v.get("type")) != sc.norm(ge.get("type")):
                    continue
                if (not gs or sc.loose_name_match(gs, doc.names_of(v.get("source") or []))) and \
                        (not gt or sc.loose_name_match(gt, doc.names_of(v.get("target") or []))):
                    used.add(k)
                    match = k
                    break
            trig = ge.get("trigger") or ""
            at = norm_text.find(trig.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"'))
            in_sentence = [v for v in events if at >= 0 and v["sentence"]["start"] <= at < v["sentence"]["end"]]
            if match is not None:
                kind = "match"
            elif not in_sentence:
                kind = "none"
            else:
                same = [v for v in in_sentence if v["type"] == ge["type"]]
                if not same:
                    kind = "type"
                else:
                    v = same[0]
                    s_ok = not gs or sc.loose_name_match(gs, doc.names_of(v.get("source") or []))
                    t_ok = not gt or sc.loose_name_match(gt, doc.names_of(v.get("target") or []))
                    kind = "tgt" if s_ok else ("src" if t_ok else "both")
            totals[kind] = totals.get(kind, 0) + 1
            print(f"  [{kind:5s}] {ge['type']:9s} {str(ge.get('source'))[:28]:28s} -> {str(ge.get('target'))[:28]:28s} «{trig}» {ge.get('modality')}")
            if kind != "match":
                for v in in_sentence:
                    print(f"          pred {show(v)}")
        for k, v in enumerate(events):
            if k not in used:
                print(f"  [extra] {show(v)}")
    print("misses " + " ".join(f"{k}={n}" for k, n in sorted(totals.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
