#!/usr/bin/env bash
# Prints a Markdown job summary of the pages a pull request adds, changes or removes, from the
# records changed since BASE (a commit). Record paths map to URLs the way the site does:
# input/announcements/YYYY/YYYY-MM-DD-slug.md -> /announcements/YYYY/slug/ (a front-matter
# 'slug' overrides the file name's).
set -euo pipefail
base=${1:?usage: changed-pages.sh BASE_COMMIT}
echo "## Pages in this pull request"
echo
found=0
while IFS=$'\t' read -r status path rest; do
  [ -n "${rest:-}" ] && path=$rest   # renames: take the new path
  case "$path" in input/announcements/*/*.md) ;; *) continue ;; esac
  file=$(basename "$path" .md); year=${file:0:4}; slug=${file:11}
  if [ -f "$path" ]; then
    custom=$(sed -n '2,/^---$/{s/^slug:[[:space:]]*"\{0,1\}\([a-z0-9-]*\)"\{0,1\}[[:space:]]*$/\1/p}' "$path" | head -n 1)
    [ -n "$custom" ] && slug=$custom
  fi
  case "$status" in A*) word=added ;; D*) word=removed ;; R*) word=renamed ;; *) word=changed ;; esac
  echo "- $word: \`/announcements/$year/$slug/\` (from \`$path\`)"
  found=1
done < <(git diff --name-status "$base"...HEAD -- input/announcements)
[ "$found" -eq 1 ] || echo "No announcement pages changed (theme, data or settings only: every page may look different)."
