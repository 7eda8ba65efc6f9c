"""Senders and recipients used by the heldout17 cases."""
from mailgen import Person

AKL = "Pacific/Auckland"  # Wanaka, Cromwell, Queenstown, Christchurch
PAR = "Europe/Paris"      # Riom, Clermont-Ferrand
LON = "Europe/London"     # Charlbury, Chipping Norton

# ----------------------------------------------------------------- providers
RUBY = Person("Ruby Tane", "ruby@fernbirdfilms.co.nz", "gmail", "en-GB", AKL,
              "Ruby Tane\nFernbird Films | wedding films, Central Otago\n021 555 7348 | fernbirdfilms.co.nz")
ANSELME = Person("Anselme Rigal", "anselme@rigal-pianos.fr", "thunderbird", "fr", PAR,
                 "Anselme Rigal\nAtelier Rigal Pianos - accord, réglage, harmonisation\n"
                 "8 rue Fontgiève, 63000 Clermont-Ferrand\n06 72 18 44 90")
TAMSIN = Person("Tamsin Reeve", "tamsin@tamsinreeve.co.uk", "applemail", "en-GB", LON,
                "Tamsin Reeve\nPrivate Chef\nCharlbury, Oxfordshire | 07700 900 418")

# ----------------------------------------------------------------- HA: Olivia Brennan & Théo Marchand (Central Otago wedding)
OLIVIA = Person("Olivia Brennan", "olivia.brennan.nz@gmail.com", "gmail", "en-GB", AKL, "Liv x")
THEO = Person("Théo Marchand", "theo.marchand@icloud.com", "iphone", "fr", AKL, "Envoyé de mon iPhone")
SIG_MEL = ("Mel Kerridge\nLead Planner\nGather & Gold Weddings\nQueenstown | Wanaka | Central Otago\n"
           "027 555 0192 | gatherandgold.co.nz")
MEL = Person("Mel Kerridge", "mel@gatherandgold.co.nz", "outlook", "en-GB", AKL, SIG_MEL,
             charset="utf-8", cte="quoted-printable")
JAN = Person("Jan Brennan", "jan.brennan@xtra.co.nz", "applemail", "en-GB", AKL, "")

# ----------------------------------------------------------------- HB: La Clé des Puys (Riom)
SIG_HELENE = ("Hélène Vidal\nDirectrice\nÉcole de musique La Clé des Puys\n12 rue Gilbert-Romme, 63200 Riom\n"
              "04 73 55 62 18 - www.cledespuys.fr")
# the school's Microsoft 365 directory shows her as "Helene VIDAL" (no accent, surname in capitals)
HELENE = Person("Helene VIDAL", "direction@cledespuys.fr", "outlook", "fr", PAR, SIG_HELENE,
                charset="windows-1252")
HELENE_IPHONE = Person("Hélène Vidal", "direction@cledespuys.fr", "iphone", "fr", PAR, "Envoyé de mon iPhone")
BASTIEN = Person("Bastien Roche", "bastien.roche.cdp@gmail.com", "gmail", "fr", PAR,
                 "Bastien Roche\nSecrétariat et régie - La Clé des Puys\n04 73 55 62 18")
FIONA = Person("Fiona McLaren", "fiona.mclaren@cledespuys.fr", "applemail", "en-GB", PAR,
               "Fiona McLaren\nPiano & accompaniment\nLa Clé des Puys, Riom")

# ----------------------------------------------------------------- HC: the Ashdowns (near Chipping Norton)
SEVERINE = Person("Séverine Ashdown", "severine.ashdown@gmail.com", "gmail", "fr", LON, "Séverine")
SIG_JAMES = ("James Ashdown RIBA\nDirector\nAshdown Rowe Architects\nThe Old Malthouse, Chipping Norton OX7 5AL\n"
             "01608 555 270 | ashdown-rowe.co.uk")
JAMES = Person("James Ashdown", "james@ashdown-rowe.co.uk", "outlook", "en-GB", LON, SIG_JAMES,
               charset="utf-8", cte="base64")
OFFICE = Person("Ashdown Rowe Accounts", "accounts@ashdown-rowe.co.uk", "outlook", "en-GB", LON,
                "Priya Lal\nOffice Manager\nAshdown Rowe Architects\n01608 555 270",
                charset="iso-8859-1")
KASIA = Person("Kasia Nowak", "kasia.nowak.nanny@gmail.com", "iphone", "en-GB", LON, "Sent from my iPhone")
