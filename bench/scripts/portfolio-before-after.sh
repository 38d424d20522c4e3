#!/usr/bin/env bash
# Runs the PortfolioGap harness of two builds of the bench jar one after the other, on the
# same core and the same instances, after warming each JVM up on seeds 1001-1010:
#   bench/scripts/portfolio-before-after.sh OLD.jar NEW.jar CANDIDATES TIME_LIMIT_MS SEED...
# Build an older jar with: git worktree add /tmp/old <commit> && (cd /tmp/old &&
#   ./mvnw -q -B -pl engine,bench package -DskipTests) && cp /tmp/old/bench/target/benchmarks.jar old.jar
set -euo pipefail
old=$1 new=$2 n=$3 limit=$4
shift 4
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
core=${CORE:-1}
for jar in "$old" "$new"; do
	echo "# $jar"
	taskset -c "$core" "$java" -cp "$jar" org.agilepmo.bench.PortfolioGap "$n" 12 20 "$limit" 0 \
		$(seq 1001 1010) "$@" | awk 'NR == 1 || $4 < 1001'
done
