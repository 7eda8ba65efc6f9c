"""Senders and recipients used by the heldout9 cases."""
from mailgen import Person

PAR = "Europe/Paris"
DEN = "America/Denver"
SEA = "America/Los_Angeles"
ZRH = "Europe/Zurich"
YYC = "America/Edmonton"     # Calgary

# ----------------------------------------------------------------- providers
INES = Person("Inès Ferrand", "ines@ferrand-vins.fr", "applemail", "fr", PAR,
              "Inès Ferrand\nFerrand Conseil Vins · sommelière-conseil\n06 71 24 58 30")
RUTH = Person("Ruth Abernathy", "ruth@halyarddocs.com", "gmail", "en-US", DEN,
              "Ruth Abernathy\nHalyard Docs LLC | API documentation\n(720) 555-0193")
LUCIE = Person("Lucie Rochat", "lucie@racines-vaudoises.ch", "thunderbird", "fr", ZRH,
               "Lucie Rochat\nRacines Vaudoises · généalogiste\nAv. de Béthusy 12, 1005 Lausanne\n079 412 63 08")

# ----------------------------------------------------------------- Y: Maison Grenaille (restaurant, lac d'Annecy)
SIG_JULIEN = "Julien Marchetti\nChef et co-gérant\nMaison Grenaille · Talloires\n04 50 60 18 27"
JULIEN = Person("Julien Marchetti", "julien@maison-grenaille.fr", "gmail", "fr", PAR, SIG_JULIEN)
JULIEN_OUTLOOK = Person("Julien Marchetti", "julien@maison-grenaille.fr", "outlook", "fr", PAR,
                        "Julien Marchetti\nChef et co-gérant\nGrenaille SAS - Maison Grenaille\n"
                        "Route du Port 8, 74290 Talloires-Montmin\nTél. 04 50 60 18 27",
                        charset="iso-8859-1")
JULIEN_IPHONE = Person("Julien Marchetti", "jmarchetti.cuisine@gmail.com", "iphone", "fr", PAR,
                       "Envoyé de mon iPhone")
SIG_HANNAH = "Hannah Whitcombe\nCo-owner & front of house\nMaison Grenaille, Talloires\n+33 6 48 90 12 75"
HANNAH = Person("Hannah Whitcombe", "hannah@maison-grenaille.fr", "gmail", "en-GB", PAR, SIG_HANNAH)
THEO = Person("Théo Brunet", "theo.brunet@maison-grenaille.fr", "iphone", "fr", PAR, "Envoyé de mon iPhone")
NEWS_MG = Person("Maison Grenaille", "bonjour@maison-grenaille.fr", "plain", "fr", PAR)
# outside the contract, only quoted
GRANDCLOS = Person("Domaine du Grand Clos", "contact@domaine-grandclos.fr", "gmail", "fr", PAR)

# ----------------------------------------------------------------- Z: Tidewell (shipment-tracking SaaS, Seattle / Lyon)
SIG_DANA = "Dana Kowalski\nHead of Developer Experience, Tidewell\ntidewell.io"
DANA = Person("Dana Kowalski", "dana.kowalski@tidewell.io", "gmail", "en-US", SEA, SIG_DANA)
SIG_MARCUS = ("Marcus Lee\nStaff Engineer, Platform API\nTidewell Inc. | 1201 Western Ave, Suite 900, Seattle, WA 98101\n\n"
              "CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended "
              "recipient(s) and may contain confidential information. If you received it in error, please "
              "notify the sender and delete it.")
MARCUS = Person("Marcus Lee", "marcus.lee@tidewell.io", "outlook", "en-US", SEA, SIG_MARCUS,
                charset="utf-8", cte="quoted-printable")
MARCUS_B64 = Person("Marcus Lee", "marcus.lee@tidewell.io", "outlook", "en-US", SEA, SIG_MARCUS,
                    charset="utf-8", cte="base64")
BAPTISTE = Person("Baptiste Roux", "baptiste.roux@tidewell.io", "thunderbird", "fr", PAR,
                  "Baptiste Roux\nBackend engineer · Tidewell Lyon")
AP_TIDEWELL = Person("Tidewell Accounts Payable", "ap@tidewell.io", "plain", "en-US", SEA)

# ----------------------------------------------------------------- Q: famille Jaquier (généalogie, Vaud)
PA = Person("Pierre-Alain Jaquier", "pa.jaquier@bluewin.ch", "applemail", "fr", ZRH, "Pierre-Alain")
SIG_PA_GARAGE = ("Pierre-Alain Jaquier\nDirecteur\nGarage Jaquier SA – Agence officielle\n"
                 "Route de Lausanne 41, 1510 Moudon\nTél. 021 905 22 14")
PA_GARAGE = Person("Pierre-Alain Jaquier", "pierre-alain@garage-jaquier.ch", "outlook", "fr", ZRH, SIG_PA_GARAGE,
                   charset="windows-1252")
NATHALIE = Person("Nathalie Jaquier Cole", "nathalie.cole.yyc@gmail.com", "gmail", "en-US", YYC, "Nathalie")
YVETTE = Person("Yvette Jaquier", "yvette.jaquier@sunrise.ch", "iphone", "fr", ZRH, "Envoyé de mon iPhone")
# outside the contract, only quoted
ARCHIVES_LUCENS = Person("Archives communales de Lucens", "archives@commune-lucens.ch", "outlook", "fr", ZRH)
