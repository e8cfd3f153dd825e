#!/usr/bin/env bash
# The measurements of docs/scale.md, in one run on this machine: the Spark job in local mode against build on the same
# corpus, on 1 and on 2 cores, then loading the job's output with `newsgraph load` and with Jena's tdb2.xloader.
#   spark/bench.sh [WORK]        (ARTICLES=20000 FILES=8 GOLD_COPIES=5; needs jq for the gold corpus and the xloader)
# WORK (default /tmp/newsgraph-scale) gets the corpora, stores and outputs; it is not removed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/newsgraph-scale}"
articles="${ARTICLES:-20000}"
files="${FILES:-8}"
copies="${GOLD_COPIES:-5}"
mkdir -p "$work"
cd "$root"

# the corpora: generated articles (bench's templates) in FILES JSON Lines files, and the gold articles COPIES times
if [ ! -d "$work/generated" ]; then
  mkdir -p "$work/generated"
  printf 'new org.newsgraph.pipeline.CorpusGenerator(%d, 1).writeJsonLines(java.nio.file.Path.of("%s"))\n/exit\n' \
    "$articles" "$work/generated.jsonl" | jshell --class-path target/newsgraph.jar -q >/dev/null
  split -n "l/$files" -d --additional-suffix=.jsonl "$work/generated.jsonl" "$work/generated/part-"
  rm "$work/generated.jsonl"
fi
if [ ! -d "$work/gold" ] && [ -f ../shared/gold/articles.jsonl ]; then
  mkdir -p "$work/gold"
  for i in $(seq 1 "$copies"); do
    jq -c --arg copy "$i" '.id = .id + "-copy" + $copy' ../shared/gold/articles.jsonl > "$work/gold/copy-$i.jsonl"
  done
fi

# wall-clock seconds of a command, and (in $work/cpu) the CPU seconds it used: the machine may be shared, and CPU time
# is what a core gives, whatever else runs
seconds() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" > "$work/stdout" 2> "$work/log" || { cat "$work/log" >&2; return 1; }
  awk '{ print $2 + $3 > "'"$work/cpu"'"; print $1 }' "$work/time"
}
# job/build: the job's time over build's (wall, CPU); job:build, the job's articles a second as a share of build's (wall)
printf '%-10s %5s %8s %9s %9s %9s %9s %10s %10s %10s\n' corpus cores articles build_s job_s build_cpu job_cpu \
  job/build job/build job:build
printf '%-10s %5s %8s %9s %9s %9s %9s %10s %10s %10s\n' '' '' '' '' '' '' '' wall cpu throughput
for corpus in generated gold; do
  [ -d "$work/$corpus" ] || continue
  count=$(cat "$work/$corpus"/*.jsonl | wc -l)
  for cores in 1 2; do
    rm -rf "$work/store-$corpus-$cores" "$work/out-$corpus-$cores"
    before="$(cut -d' ' -f1-3 /proc/loadavg)"
    build=$(seconds bin/newsgraph build --quiet --threads "$cores" --store "$work/store-$corpus-$cores" "$work/$corpus")
    build_cpu=$(cat "$work/cpu")
    build_line=$(grep -h "articles read" "$work/log")
    job=$(seconds bin/newsgraph-spark --master "local[$cores]" --output "$work/out-$corpus-$cores" "$work/$corpus")
    job_cpu=$(cat "$work/cpu")
    printf '%-10s %5d %8d %9.1f %9.1f %9.1f %9.1f %10.2f %10.2f %10.2f\n' "$corpus" "$cores" "$count" "$build" "$job" \
      "$build_cpu" "$job_cpu" "$(awk -v a="$job" -v b="$build" 'BEGIN { print a / b }')" \
      "$(awk -v a="$job_cpu" -v b="$build_cpu" 'BEGIN { print a / b }')" "$(awk -v a="$job" -v b="$build" 'BEGIN { print b / a }')"
    echo "    build: $build_line"
    grep -h "articles read" "$work/log" | sed 's/^/    job:   /'
    bin/newsgraph query --store "$work/store-$corpus-$cores" --format csv --sparql 'SELECT (COUNT(*) AS ?q) { GRAPH ?g { ?s ?p ?o } }' \
      | tail -1 | sed 's/^/    build: quads /'
    echo "    load average: $before before, $(cut -d' ' -f1-3 /proc/loadavg) after (other processes share the cores)"
  done
done

# what a run costs whatever its size: build and job over the 10 articles of examples/
rm -rf "$work/store-examples" "$work/out-examples"
build=$(seconds bin/newsgraph build --quiet --threads 2 --store "$work/store-examples" examples)
build_cpu=$(cat "$work/cpu")
job=$(seconds bin/newsgraph-spark --master "local[2]" --output "$work/out-examples" examples)
echo "examples/ (10 articles), 2 cores: build $build s ($build_cpu s CPU), job $job s ($(cat "$work/cpu") s CPU)"

# what writing facts/ costs: the job again on 2 cores without it
rm -rf "$work/out-generated-nofacts"
job=$(seconds bin/newsgraph-spark --master "local[2]" --no-facts --output "$work/out-generated-nofacts" "$work/generated")
echo "generated, 2 cores, --no-facts: job $job s ($(cat "$work/cpu") s CPU)"

# loading the 2-core output of the generated corpus: newsgraph load, and Jena's xloader (from Maven Central's apache-jena)
out="$work/out-generated-2"
quads=$(zcat "$out"/quads/*.gz | wc -l)
echo "output: $quads quads; quads/ $(du -sk "$out/quads" | cut -f1) KB, facts/ $(du -sk "$out/facts" | cut -f1) KB gzipped"
rm -rf "$work/loaded"
echo "newsgraph load: $(seconds bin/newsgraph load --store "$work/loaded" "$out") s ($(cat "$work/cpu") s CPU); $(grep -h "part files" "$work/log")"
jena="$work/apache-jena-5.6.0"
if [ ! -d "$jena" ]; then
  mvn -q -B dependency:get -Dartifact=org.apache.jena:apache-jena:5.6.0:tar.gz >/dev/null
  tar xzf ~/.m2/repository/org/apache/jena/apache-jena/5.6.0/apache-jena-5.6.0.tar.gz -C "$work"
fi
rm -rf "$work/xloaded" "$work/xtmp"
echo "tdb2.xloader: $(JENA_HOME="$jena" seconds "$jena/bin/tdb2.xloader" --loc "$work/xloaded" --tmpdir "$work/xtmp" "$out"/quads/*.nq.gz) s ($(cat "$work/cpu") s CPU)"
grep -h "TPS\|tuples/sec\|Overall" "$work/stdout" | sed 's/^[0-9:]* INFO  */    /' || true
echo "stores: loaded $(du -sk "$work/loaded" | cut -f1) KB, xloaded $(du -sk "$work/xloaded" | cut -f1) KB"
