# Writes `rows` prospect rows for the import measurements, every column filled: quoted names with
# commas, French phone numbers, handles, seven channels, four rings, three stages, creation times
# in 2025 (never in the future). `sep` is the cell separator, `header` the header row.
#   awk -v rows=100000 -v sep=, -v header="ref,name,…" -f scripts/prospect-rows.awk
BEGIN {
  split("Instagram,LinkedIn,Facebook,TikTok,Recommandation,Porte-à-porte,Événement local", channels, ",")
  split("street,neighbourhood,city,region", rings, ",")
  split("Abonné,Engagé,Qualifié", stages, ",")
  print header
  for (i = 1; i <= rows; i++) {
    day = 1 + i % 28; month = 1 + i % 12
    printf "P%06d%s\"Martin, Léa %d\"%slea.martin%d@exemple.fr%s06 %02d %02d %02d %02d%s@lea_%d%s%s%s2025-%02d-%02dT10:%02d:00%s%s%s%s\n",
      i, sep, i, sep, i, sep, i % 100, (i / 100) % 100, (i / 7) % 100, (i / 13) % 100, sep, i, sep,
      channels[1 + i % 7], sep, month, day, i % 60, sep, rings[1 + i % 4], sep, stages[1 + i % 3]
  }
}
