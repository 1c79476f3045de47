#!/usr/bin/env bash
# Renders the pictures of docs/notation.md into docs/img/ with the installed Graphviz:
# every example in both styles, the notation sampler, and the mono and anonymized variants
# the page shows. Run it after changing the notation or the examples, and commit the result.
#   scripts/render-docs.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! command -v dot >/dev/null 2>&1; then
  echo "render-docs: Graphviz 'dot' not found; install it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)" >&2
  exit 1
fi
echo "render-docs: building target/famstruct.jar" >&2
mvn -q -B -DskipTests package >&2

famstruct() { java -jar target/famstruct.jar "$@"; }

mkdir -p docs/img
rm -f docs/img/*.png
for case in examples/*.yaml; do
  name="$(basename "$case" .yaml)"
  famstruct map --render png -o "docs/img/$name.structural.png" "$case"
  famstruct map --style genogram --render png -o "docs/img/$name.genogram.png" "$case"
done
famstruct map --highlight none --render png -o docs/img/sampler.structural.png docs/notation/sampler.yaml
famstruct map --style genogram --render png -o docs/img/sampler.genogram.png docs/notation/sampler.yaml
famstruct map --mono --render png -o docs/img/perverse-triangle.structural-mono.png examples/perverse-triangle.yaml
famstruct map --mono --style genogram --render png -o docs/img/sampler.genogram-mono.png docs/notation/sampler.yaml
famstruct map --anonymize --render png -o docs/img/rigid-triad-triangulation.structural-anonymized.png \
  examples/rigid-triad-triangulation.yaml
echo "render-docs: wrote $(ls docs/img/*.png | wc -l) pictures to docs/img/" >&2
