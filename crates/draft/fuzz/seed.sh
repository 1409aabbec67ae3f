#!/bin/sh
# Seeds the corpus of the draft target with the five seed plans' source texts.
set -eu
cd "$(dirname "$0")"
mkdir -p corpus/draft
for f in ../../../seeds/*.source.txt; do
    cp "$f" "corpus/draft/$(basename "$f" .source.txt)"
done
