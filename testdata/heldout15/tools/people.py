"""Senders and recipients used by the heldout15 cases."""
from mailgen import Person

LON = "Europe/London"        # Edinburgh, Bristol, Perthshire
PAR = "Europe/Paris"         # Nantes, Rezé
MTL = "America/Toronto"      # Montréal, Toronto (same zone)

# ----------------------------------------------------------------- providers
ORLA = Person("Orla Whitcombe", "orla@whitcombeindexing.co.uk", "applemail", "en-GB", LON,
              "Orla Whitcombe MA\nWhitcombe Indexing\nBristol | 07700 900 414")
ZELIE = Person("Zélie Cardon", "atelier@zeliecardon.fr", "thunderbird", "fr", PAR,
               "Zélie Cardon\nPeintre muraliste\nAtelier du Bas-Chantenay, 44100 Nantes\n06 72 18 40 93")
JONAH = Person("Jonah Pelletier", "jonah@pelletiertype.com", "gmail", "en-US", MTL,
               "Jonah Pelletier\nPelletier Type\nToronto, ON\npelletiertype.com")

# ----------------------------------------------------------------- HA: Tamarisk Press (Edinburgh)
SIG_FIONA = ("Fiona Laird\nManaging Editor\nTamarisk Press Ltd\n14 Gayfield Square, Edinburgh EH1 3NX\n"
             "0131 555 0172\n\nTamarisk Press Ltd is registered in Scotland, company no. SC418226.")
FIONA = Person("Fiona Laird", "fiona.laird@tamariskpress.co.uk", "outlook", "en-GB", LON, SIG_FIONA,
               charset="windows-1252")
CALLUM = Person("Callum Rennie", "callum@tamariskpress.co.uk", "gmail", "en-GB", LON,
                "Callum Rennie\nCommissioning Editor, History & Place\nTamarisk Press | tamariskpress.co.uk")
HUGH = Person("Hugh Ashdown", "hugh.ashdown.writes@gmail.com", "gmail", "en-GB", LON,
              "Hugh Ashdown\nNantwich")
MARGAUX = Person("Margaux Peyrac", "margaux.peyrac@icloud.com", "iphone", "fr", LON,
                 "Envoyé de mon iPhone")
MARGAUX_MAC = Person("Margaux Peyrac", "margaux.peyrac@icloud.com", "applemail", "fr", LON,
                     "Margaux Peyrac\nCorrie Farm Kitchen\nGlen Almond, Perthshire")

# ----------------------------------------------------------------- HB: Brasserie du Gué (Rezé)
SIG_MAELLE = ("Maëlle Guérin\nCo-fondatrice, gérante\nBrasserie du Gué\n3 quai Léon-Sécher, 44400 Rezé\n"
              "02 40 75 18 62 | brasseriedugue.fr")
MAELLE = Person("Maëlle Guérin", "maelle.guerin@brasseriedugue.fr", "outlook", "fr", PAR, SIG_MAELLE,
                charset="utf-8")
RORY = Person("Rory Keane", "rory@brasseriedugue.fr", "applemail", "en-GB", PAR,
              "Rory Keane\nHead brewer & co-founder, Brasserie du Gué")
RORY_GMAIL = Person("Rory Keane", "rory.keane.brews@gmail.com", "gmail", "en-GB", PAR, "")
INES = Person("Inès Baptiste", "ines@brasseriedugue.fr", "iphone", "fr", PAR, "Envoyé de mon iPhone")
FACTURATION = Person("Brasserie du Gué - Comptabilité", "facturation@brasseriedugue.fr", "plain", "fr", PAR)

# ----------------------------------------------------------------- HC: Marée Haute Média (Montréal)
MELODIE = Person("Mélodie Gauthier-Roy", "melodie.gauthier-roy@mareehaute.ca", "applemail", "fr-CA", MTL,
                 "Mélodie Gauthier-Roy\nDirectrice artistique | Marée Haute\n5445, av. de Gaspé, bureau 310, Montréal")
MELODIE_GMAIL = Person("Mélodie Gauthier-Roy", "melodie.gr.studio@gmail.com", "gmail", "fr-CA", MTL,
                       "Mélodie G.-R.")
SIG_DARA = ("Dara Kowalczyk\nEditor-in-Chief | Rédactrice en chef\nMarée Haute\n"
            "5445 De Gaspé Ave., Suite 310, Montréal QC H2T 3B2\n514-555-0148")
DARA = Person("Dara Kowalczyk", "dara.kowalczyk@mareehaute.ca", "outlook", "en-US", MTL, SIG_DARA,
              charset="utf-8", cte="base64")
SAM = Person("Sam Nakamura", "sam@mareehaute.ca", "thunderbird", "en-US", MTL,
             "Sam Nakamura\nWeb & digital, Marée Haute")
SIG_LOUISE = ("Louise-Anne Bellerose\nÉditrice\nMarée Haute Média inc.\n"
              "5445, avenue de Gaspé, bureau 310, Montréal (Québec) H2T 3B2")
LOUISE = Person("Louise-Anne Bellerose", "la.bellerose@mareehaute.ca", "outlook", "fr-CA", MTL, SIG_LOUISE,
                charset="windows-1252")
LOUISE_IPHONE = Person("Louise-Anne Bellerose", "la.bellerose@mareehaute.ca", "iphone", "fr-CA", MTL,
                       "Envoyé de mon iPhone")
