#!/usr/bin/env python3
"""Derive Tutela's compact FollowTheMoney model from the published npm package.

    npm pack @alephdata/followthemoney@3.8.4
    tar xzf alephdata-followthemoney-3.8.4.tgz
    tools/derive-ftm-model.py package/dist/defaultModel.json \
        exchange/src/main/resources/org/tutela/exchange/ftm/ftm-model.json

Keeps, per schema, what a validator needs: whether it is abstract, what it extends, its required
properties, and its own properties with their type, range (for entity references) and whether they
are stubs (reverse properties computed by FtM, never written). Inheritance is resolved by the reader.
The package is MIT-licensed (see README.md beside the output); the package itself is not committed.
"""
import json
import sys

source, target = sys.argv[1], sys.argv[2]
model = json.load(open(source, encoding="utf-8"))
out = {"source": "@alephdata/followthemoney@3.8.4, dist/defaultModel.json", "licence": "MIT", "schemata": {}}
for name, schema in sorted(model["schemata"].items()):
    props = {}
    for pname, prop in sorted(schema.get("properties", {}).items()):
        p = {"type": prop["type"]}
        if prop.get("range"):
            p["range"] = prop["range"]
        if prop.get("stub"):
            p["stub"] = True
        props[pname] = p
    out["schemata"][name] = {
        "abstract": bool(schema.get("abstract", False)),
        "extends": schema.get("extends", []),
        "required": schema.get("required", []),
        "properties": props,
    }
with open(target, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    f.write("\n")
