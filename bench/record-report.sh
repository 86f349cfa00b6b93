#!/usr/bin/env bash
# The 8D / CAPA record report benchmark (issue 6): one report with every section, the fishbone picture and the
# signature block, built, filled and exported as PDF/A in-process (the path a download takes after the database
# read), 5 warm-up runs then 30 timed runs. Prints the figures and keeps them in bench/out/record-report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
{ echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg), nproc $(nproc)"
  mvn -q -o test -Dtest=CapaRecordBench -Dsurefire.failIfNoSpecifiedTests=false -Dvocdesk.bench=true 2>&1 | grep -E '^BENCH|FAIL|ERROR' || true
} | tee bench/out/record-report.txt
