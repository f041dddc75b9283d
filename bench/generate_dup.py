#!/usr/bin/env python3
"""Writes a DUP table of N rows (default 20,000) shaped like seed 002: tab separated,
HTML in cells, the header repeated every 40 rows as on each PDF page, blank lines,
a row spilled onto the next page every 500 rows, bodies comma separated with
varying case and accents. Deterministic, so runs are comparable."""
import random, sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
out = sys.argv[2] if len(sys.argv) > 2 else "/dev/stdout"
rnd = random.Random(42)
words = ("città sviluppo servizi qualità territorio cultura ambiente mobilità scuola lavoro imprese quartieri "
         "partecipazione verde sicurezza innovazione welfare giovani anziani casa turismo energia acqua rifiuti "
         "digitale comunità sport salute trasporti").split()
bodies = ["Consiag Servizi Comuni srl", "CONSIAG SERVIZI COMUNI SRL", "Edilizia Pubblica Pratese spa",
          "Fondazione Museo del Tessuto", "Fondazione per le Arti Contemporanee in Toscana", "Fondazione Teatro Metastasio",
          "Pin S.c.r.l.– Polo Universitario “Città di Prato”", "So.Ri. spa", "Camerata strumentale"] + \
         [f"Società partecipata {i:02d} spa" for i in range(40)] + [f"Settore servizi {i:02d}" for i in range(20)]
names = []  # distinct wordings, so that every operative/management objective and action is its own node
header = "AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tORGANISMI PARTECIPATI ASSEGNATARI"

AREAS = ["IMPRESA INNOVAZIONE E LAVORO", "DEL FUTURO", "DIRITTI E OPPORTUNITÀ", "COME MOTORE DEL CAMBIAMENTO"]
STRATEGIC = ["DISTRETTO MANIFATTURIERO, IMPRESA, LAVORO", "PRATO CITTÀ GREEN", "UNA CASA PER TUTTI",
             "L'AMMINISTRAZIONE EFFICACE ED EFFICIENTE", "CULTURA E TURISMO COME OPPORTUNITÀ DI SVILUPPO"]

def text(n):
    return " ".join(rnd.choice(words) for _ in range(n))

names.extend(f"Voce {k}: " + " ".join(rnd.choice(words) for _ in range(6)) for k in range(rows + 4000))
details = [text(18) for _ in range(97)]  # long wording, the same for every row of a group

with open(out, "w", encoding="utf-8") as f:
    f.write("## **DOCUMENTO UNICO DI PROGRAMMAZIONE**\n\n")
    written = 0
    while written < rows:
        f.write("\n" + header + "\n")
        for _ in range(min(40, rows - written)):
            i = written
            # the same area once in bold and once not, as in the seed: one node
            area = f"CITTÀ {AREAS[i // 5000 % len(AREAS)]}"
            area = f"<b>{area}</b>" if i % 2 else area
            strategic = f"{STRATEGIC[i // 1000 % len(STRATEGIC)]} ({i // 1000})"
            operative = f"<i>{names[i // 100]}</i>"
            management = f"<p>{names[i // 20 + 1000]} {details[i // 20 % len(details)]}</p>"
            action = f"{names[i + 3000]} {details[i % len(details)]}"
            assigned = ", ".join(rnd.sample(bodies, rnd.randint(1, 4)))
            if i % 500 == 499:
                f.write("\t".join([area, strategic, operative, management[:-4] + " e le possibili</p>", action, assigned]) + "\n")
                f.write("\n" + header + "\n")
                f.write("\t\t\tinterazioni\t\t\n")
            else:
                f.write("\t".join([area, strategic, operative, management, action, assigned]) + "\n")
            written += 1
