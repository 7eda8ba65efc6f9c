"""Senders and recipients used by the heldout18 cases."""
from mailgen import Person

PAR = "Europe/Paris"      # Nantes, Carquefou, Montpellier
MTL = "America/Toronto"   # Montréal (Eastern time)
LON = "Europe/London"     # Glasgow, Anstruther

# ----------------------------------------------------------------- providers
NORA = Person("Nora Lestrade", "nora@saugenoire-tatouage.fr", "gmail", "fr", PAR,
              "Nora Lestrade\nAtelier Sauge Noire - tatouage sur rendez-vous\n"
              "14 rue Kervégan, 44000 Nantes\n06 41 27 83 50")
LEAH = Person("Leah Dubrovsky", "leah@birchlinestaging.ca", "applemail", "en-US", MTL,
              "Leah Dubrovsky\nBirchline Staging | home staging, Montréal\n514 555 0127")
FIADH = Person("Fiadh Connolly", "fiadh@purlwise.co.uk", "thunderbird", "en-GB", LON,
               "Fiadh Connolly\nPurlwise Pattern Services - technical editing for knitwear\nGlasgow")

# ----------------------------------------------------------------- HA: Yann Le Moal (half sleeve, Nantes)
YANN = Person("Yann Le Moal", "yann.lemoal44@gmail.com", "gmail", "fr", PAR, "Yann")
YANN_IPHONE = Person("Yann Le Moal", "yann.lemoal44@gmail.com", "iphone", "fr", PAR, "Envoyé de mon iPhone")
SIG_YANN_PRO = ("Yann Le Moal\nGérant\nLe Moal Charpente & Ossature Bois\nZA de la Forêt - 44470 Carquefou\n"
                "02 40 55 18 72 / 06 88 41 09 57")
# the company's Microsoft 365 directory shows him as "Yann LE MOAL"
YANN_PRO = Person("Yann LE MOAL", "yann@lemoal-charpente.fr", "outlook", "fr", PAR, SIG_YANN_PRO,
                  charset="windows-1252")
HANNAH = Person("Hannah Whitley", "hannah.whitley@icloud.com", "applemail", "en-GB", PAR, "")
HANNAH_IPHONE = Person("Hannah Whitley", "hannah.whitley@icloud.com", "iphone", "en-GB", PAR, "Sent from my iPhone")

# ----------------------------------------------------------------- HB: Geneviève Paradis & Mark Sandhu (NDG, Montréal)
GENEVIEVE = Person("Geneviève Paradis", "genevieve.paradis@gmail.com", "gmail", "fr-CA", MTL, "Geneviève")
GENEVIEVE_IPHONE = Person("Geneviève Paradis", "genevieve.paradis@gmail.com", "iphone", "fr-CA", MTL,
                          "Envoyé de mon iPhone")
SIG_MARK = ("Mark Sandhu, P.Eng.\nSenior Project Engineer\nLachine Structures Inc.\n"
            "2400 rue Remembrance, Lachine QC  H8S 1X6\nT 514 555 0143")
MARK = Person("Mark Sandhu", "msandhu@lachinestructures.ca", "outlook", "en-US", MTL, SIG_MARK,
              charset="utf-8", cte="base64")
SIG_JOSEE = ("Josée Lalonde\nCourtière immobilière résidentielle\nGroupe Verdier Immobilier, agence immobilière\n"
             "5620 rue Sherbrooke Ouest, Montréal\n514 555 0188")
JOSEE = Person("Josée Lalonde", "jlalonde@verdierimmobilier.ca", "gmail", "fr-CA", MTL, SIG_JOSEE)

# ----------------------------------------------------------------- HC: Haar Yarns (Anstruther, Fife)
SIG_KIRSTY = ("Kirsty Mowat\nFounder & dyer\nHaar Yarns Ltd\nUnit 3, Crail Road Workshops, Anstruther KY10 3AB\n"
              "01333 555 214 | haaryarns.co.uk")
KIRSTY = Person("Kirsty Mowat", "kirsty@haaryarns.co.uk", "outlook", "en-GB", LON, SIG_KIRSTY,
                charset="iso-8859-1")
EWAN = Person("Ewan Baird", "ewan@haaryarns.co.uk", "gmail", "en-GB", LON,
              "Ewan Baird\nWholesale & events | Haar Yarns\n01333 555 214")
SOLENE = Person("Solène Garrigue", "solene.garrigue.tricot@gmail.com", "gmail", "fr", PAR, "Solène")
SOLENE_IPHONE = Person("Solène Garrigue", "solene.garrigue.tricot@gmail.com", "iphone", "fr", PAR,
                       "Envoyé de mon iPhone")
