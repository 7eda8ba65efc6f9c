"""Senders and recipients used by the heldout13 cases."""
from mailgen import Person

LON = "Europe/London"        # North Yorkshire, Hebden Bridge
PAR = "Europe/Paris"         # Finistère, Quimper
ZRH = "Europe/Zurich"        # Geneva, Lausanne

# ----------------------------------------------------------------- providers
ROWAN = Person("Rowan Ashby", "rowan@ashbycartographic.co.uk", "gmail", "en-GB", LON,
               "Rowan Ashby\nAshby Cartographic\nMaps, illustrated and otherwise\n07700 900 261")
GWENAELLE = Person("Gwenaëlle Kervella", "atelier@kervella-vitrail.fr", "thunderbird", "fr", PAR,
                   "Gwenaëlle Kervella\nAtelier Kervella Vitrail\n14 rue du Frugy, 29000 Quimper\n02 98 64 17 32")
LUKAS = Person("Lukas Marti", "lukas@martimusic.ch", "applemail", "en-GB", ZRH,
               "Lukas Marti\nArranger & orchestrator\nLukas Marti Music, Lausanne")

# ----------------------------------------------------------------- A: Hartwell Abbey Estate (North Yorkshire)
SIG_FIONA = ("Fiona Kerr\nVisitor Experience Manager\nHartwell Abbey Estate Trust\nHartwell, Ripon, North Yorkshire HG4 3QT\n"
             "01765 600 418\n\n"
             "Hartwell Abbey Estate Trust is a registered charity in England and Wales (no. 1094417).")
FIONA = Person("Fiona Kerr", "fiona.kerr@hartwellabbey.org.uk", "outlook", "en-GB", LON, SIG_FIONA,
               charset="windows-1252")
FIONA_AUTO = Person("Fiona Kerr", "fiona.kerr@hartwellabbey.org.uk", "plain", "en-GB", LON)
TOM = Person("Tom Bradley", "tom.bradley@hartwellabbey.org.uk", "iphone", "en-GB", LON,
             "Tom Bradley\nHead Ranger\nSent from my iPhone")
GEOFFREY = Person("Geoffrey Pell", "g.pell@btinternet.com", "thunderbird", "en-GB", LON,
                  "Geoffrey Pell\nChair of Trustees, Hartwell Abbey Estate Trust")
AMELIE = Person("Amélie Rousseau", "amelie.rousseau@hartwellabbey.org.uk", "gmail", "fr", LON,
                "Amélie Rousseau\nHeritage Interpretation Officer\nHartwell Abbey Estate Trust")
AMELIE_IPHONE = Person("Amélie Rousseau", "amelie.rousseau@hartwellabbey.org.uk", "iphone", "fr", LON,
                       "Envoyé de mon iPhone")

# ----------------------------------------------------------------- B: chapelle de Kerlaouen (Finistère)
SIG_YVONNE = ("Yvonne Le Floc'h\nPrésidente\nAssociation pour la sauvegarde de la chapelle de Kerlaouen\n"
              "Kerlaouen, 29770 Plogoff\n02 98 70 41 16")
YVONNE = Person("Yvonne Le Floc'h", "yvonne.lefloch@orange.fr", "outlook", "fr", PAR, SIG_YVONNE,
                charset="windows-1252")
HERVE = Person("Hervé Quéméner", "herve.quemener@chapelle-kerlaouen.fr", "gmail", "fr", PAR,
               "Hervé Quéméner\nSecrétaire, Association pour la sauvegarde de la chapelle de Kerlaouen\n06 71 32 58 09")
TANGUY = Person("Jean-Marc Tanguy", "pere.tanguy@paroisse-cap-sizun.fr", "iphone", "fr", PAR,
                "Envoyé de mon iPhone")
MAGGIE = Person("Maggie Hollis", "mhollis.finistere@gmail.com", "gmail", "en-GB", PAR,
                "Maggie Hollis\nTrésorière / Treasurer\nAssociation pour la sauvegarde de la chapelle de Kerlaouen")
DAVID = Person("David Penrose", "david.penrose@icloud.com", "applemail", "en-GB", PAR,
               "David Penrose\nTy Glas, Kerlaouen\n+44 7700 900 418")

# ----------------------------------------------------------------- C: Geneva International Chorus
HANNAH = Person("Hannah Whitcombe", "hannah.whitcombe@genevachorus.ch", "gmail", "en-GB", ZRH,
                "Hannah Whitcombe\nMusic Director, Geneva International Chorus\n+41 79 555 21 34")
SIG_OLIVIER = ("Olivier Dufaux\nPrésident\nGeneva International Chorus / Chœur international de Genève\n"
               "Case postale 214, 1211 Genève 4")
OLIVIER = Person("Olivier Dufaux", "olivier.dufaux@bluewin.ch", "outlook", "fr", ZRH, SIG_OLIVIER,
                 charset="utf-8", cte="base64")
MIREILLE = Person("Mireille Baud", "mireille.baud@genevachorus.ch", "applemail", "fr", ZRH,
                  "Mireille Baud\nPianiste accompagnatrice, Geneva International Chorus")
ANOUK = Person("Anouk Meylan", "anouk.meylan@quatuor-saleve.ch", "thunderbird", "fr", ZRH,
               "Anouk Meylan\nPremier violon, Quatuor du Salève\n078 555 43 12")
SUNITA = Person("Sunita Rao", "sunita.rao@genevachorus.ch", "outlook", "en-GB", ZRH,
                "Sunita Rao\nConcert & Programme Committee\nGeneva International Chorus",
                charset="iso-8859-1")
TRESORERIE = Person("Trésorerie GIC", "tresorerie@genevachorus.ch", "plain", "fr", ZRH)
