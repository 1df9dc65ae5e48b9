"""Vendor the dashboard's JavaScript and data from the npm registry into the package.

Run once after changing a version below (needs `npm`; nothing is fetched at run time):

    .venv/bin/python scripts/vendor_web_assets.py

Each package is fetched with `npm pack` (which checks the registry's integrity hash),
the listed files are copied to src/herodotus/web/static/vendor/<name>/, with the
package's licence, and vendor/VENDOR.json records versions, licences and SHA-256 sums.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "src" / "herodotus" / "web" / "static" / "vendor"

# name, version, folder, files inside the package (LICENSE is always added)
PACKAGES = [
    ("d3", "7.9.2", "d3", ["dist/d3.min.js"]),
    ("topojson-client", "3.1.0", "topojson-client", ["dist/topojson-client.min.js"]),
    ("world-atlas", "2.0.2", "world-atlas", ["countries-110m.json"]),  # Natural Earth, public domain
    ("swagger-ui-dist", "5.35.0", "swagger-ui", ["swagger-ui-bundle.js", "swagger-ui.css"]),
]


def fetch(name: str, version: str, into: Path) -> Path:
    out = subprocess.run(["npm", "pack", f"{name}@{version}", "--json", "--pack-destination", str(into)],
                         check=True, capture_output=True, text=True).stdout
    return into / json.loads(out)[0]["filename"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    manifest = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, version, folder, files in PACKAGES:
            tarball = fetch(name, version, Path(tmp))
            target = VENDOR / folder
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            with tarfile.open(tarball) as tar:
                members = {m.name.removeprefix("package/"): m for m in tar.getmembers() if m.isfile()}
                licence = next((k for k in members if k.upper().startswith("LICENSE")), None)
                wanted = files + ([licence] if licence else [])
                record = {"package": name, "version": version, "files": {}}
                for inner in wanted:
                    data = tar.extractfile(members[inner]).read()  # type: ignore[union-attr]
                    dest = target / Path(inner).name
                    dest.write_bytes(data)
                    record["files"][dest.name] = sha256(dest)
            manifest.append(record)
            print(f"{name}@{version} -> {target.relative_to(ROOT)}")
    (VENDOR / "VENDOR.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
