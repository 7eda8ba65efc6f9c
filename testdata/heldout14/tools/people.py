"""Senders and recipients used by the heldout14 cases."""
from mailgen import Person

CHI = "America/Chicago"      # Austin, Texas
PAR = "Europe/Paris"         # Lyon, Boulogne-sur-Mer
LON = "Europe/London"        # Norwich

# ----------------------------------------------------------------- providers
TESSA = Person("Tessa Marchbank", "tessa@foldlinestudio.com", "applemail", "en-US", CHI,
               "Tessa Marchbank\nFoldline Studio | packaging & label design\nAustin, TX\n(512) 555-0186")
BERENICE = Person("Bérénice Lhomme", "atelier@berenicelhomme-calligraphie.fr", "thunderbird", "fr", PAR,
                  "Bérénice Lhomme\nCalligraphe et lettreuse\n9 rue d'Austerlitz, 69004 Lyon\n06 48 22 71 09")
NELL = Person("Nell Garroway", "nell@nellgarroway.design", "gmail", "en-GB", LON,
              "Nell Garroway\nSet designer\nnellgarroway.design | 07700 900 583")

# ----------------------------------------------------------------- HA: Sidewinder Hot Sauce Co. (Austin)
LUIS = Person("Luis Ybarra", "luis@sidewinderhotsauce.com", "gmail", "en-US", CHI,
              "Luis Ybarra\nFounder & Head Fermenter\nSidewinder Hot Sauce Co.\nAustin, TX")
SIG_KENDRA = ("Kendra Price\nOperations & Purchasing Manager\nSidewinder Hot Sauce Co.\n"
              "4410 E 7th St, Unit B, Austin, TX 78702\n(512) 555-0143")
KENDRA = Person("Kendra Price", "kendra.price@sidewinderhotsauce.com", "outlook", "en-US", CHI, SIG_KENDRA,
                charset="utf-8")
ELODIE = Person("Élodie Marchetti", "elodie@sidewinderhotsauce.com", "iphone", "fr", CHI,
                "Envoyé de mon iPhone")
ELODIE_GMAIL = Person("Élodie Marchetti", "elodie.marchetti.chef@gmail.com", "gmail", "fr", CHI,
                      "Élodie Marchetti\nCo-fondatrice, cheffe\nSidewinder Hot Sauce Co.")

# ----------------------------------------------------------------- HB: Chocolaterie Vauquelin (Lyon)
SIG_SANDRINE = ("Sandrine Perrotin\nDirectrice marketing et communication\nChocolaterie Vauquelin\n"
                "12 rue Auguste-Comte, 69002 Lyon\n04 78 42 19 60")
SANDRINE = Person("Sandrine Perrotin", "sandrine.perrotin@chocolaterie-vauquelin.fr", "outlook", "fr", PAR,
                  SIG_SANDRINE, charset="windows-1252")
ARMAND = Person("Armand Vauquelin", "armand@chocolaterie-vauquelin.fr", "iphone", "fr", PAR,
                "Envoyé de mon iPhone")
LOU = Person("Lou Bataille", "lou.bataille@chocolaterie-vauquelin.fr", "gmail", "fr", PAR,
             "Lou Bataille\nResponsable boutique Auguste-Comte\nChocolaterie Vauquelin")
HARRIET = Person("Harriet Combe", "harriet.combe@vauquelin.co.uk", "applemail", "en-GB", PAR,
                 "Harriet Combe\nHead of Client Relations, VIP & Corporate Gifts\nChocolaterie Vauquelin\n+33 6 31 58 40 27")
DANIEL = Person("Daniel Osei", "daniel.osei@chocolaterie-vauquelin.fr", "thunderbird", "en-GB", PAR,
                "Daniel Osei\nBrand & Digital Manager, Chocolaterie Vauquelin")
COMPTA = Person("Chocolaterie Vauquelin - Comptabilité", "compta@chocolaterie-vauquelin.fr", "plain", "fr", PAR)

# ----------------------------------------------------------------- HC: Saltmarsh Theatre Company (Norwich) + Théâtre de l'Estran
IMOGEN = Person("Imogen Hale", "imogen@saltmarshtheatre.co.uk", "gmail", "en-GB", LON,
                "Imogen Hale\nArtistic Director, Saltmarsh Theatre Company\nThe Granary, 3 Quayside, Norwich NR3 1RU")
SIG_DEV = ("Dev Mistry\nProduction Manager\nSaltmarsh Theatre Company\nThe Granary, 3 Quayside, Norwich NR3 1RU\n"
           "01603 555 274 | 07700 900 129\n\n"
           "Saltmarsh Theatre Company is a registered charity (no. 1172093) and is supported by Arts Council England.")
DEV = Person("Dev Mistry", "dev.mistry@saltmarshtheatre.co.uk", "outlook", "en-GB", LON, SIG_DEV,
             charset="iso-8859-1")
YANNICK = Person("Yannick Lebrun", "yannick.lebrun@theatre-estran.fr", "thunderbird", "fr", PAR,
                 "Yannick Lebrun\nDirecteur technique\nThéâtre de l'Estran, Boulogne-sur-Mer\n03 21 55 08 47")
SOLENE = Person("Solène Ferrat", "solene.ferrat@theatre-estran.fr", "gmail", "fr", PAR,
                "Solène Ferrat\nChargée de production et de diffusion\nThéâtre de l'Estran, Boulogne-sur-Mer")
SOLENE_OUTLOOK = Person("Solène Ferrat", "solene.ferrat@theatre-estran.fr", "outlook", "fr", PAR,
                        "Solène Ferrat\nChargée de production et de diffusion\nThéâtre de l'Estran\n"
                        "Quai Gambetta, 62200 Boulogne-sur-Mer",
                        charset="utf-8", cte="base64")
NEWS_SALTMARSH = Person("Saltmarsh Theatre", "news@saltmarshtheatre.co.uk", "plain", "en-GB", LON)
