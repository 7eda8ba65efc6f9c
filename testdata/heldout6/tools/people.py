"""Senders and recipients used by the heldout6 cases."""
from mailgen import Person

PAR = "Europe/Paris"
AMS = "Europe/Amsterdam"
DUB = "Europe/Dublin"

# ----------------------------------------------------------------- providers
OWEN = Person("Owen Price", "owen@kestrelvisual.ie", "applemail", "en-GB", DUB,
              "Owen Price\nKestrel Visual · 3D product visualisation")
AGATHE = Person("Agathe Morel", "agathe@amorel-rp.fr", "gmail", "fr", PAR,
                "Agathe Morel\nRelations presse vins & spiritueux\n06 71 22 40 58")
KARIM = Person("Karim Belkacem", "karim@kbdata-conseil.fr", "thunderbird", "fr", PAR,
               "Karim Belkacem - KB Data Conseil\nExcel, VBA, Power Query")

# ----------------------------------------------------------------- K: Haverland
SIG_SANNE = "Sanne de Vries\nHead of Brand & E-commerce\nHaverland Furniture · Rotterdam\n+31 6 2418 7730"
SANNE = Person("Sanne de Vries", "sanne.devries@haverland.nl", "gmail", "en-GB", AMS, SIG_SANNE)
SANNE_IPHONE = Person("Sanne de Vries", "sannedv.haverland@gmail.com", "iphone", "en-GB", AMS,
                      "Sent from my iPhone")
SIG_PIETER = ("Pieter Bakker\nProduct Development Manager\nHaverland Furniture B.V.\n"
              "Maashaven ZZ 14, 3072 AH Rotterdam\nT +31 10 840 2261\n\n"
              "The information in this e-mail is confidential and intended solely for the addressee. "
              "Haverland Furniture B.V. is registered with the Chamber of Commerce under number 71533208.")
PIETER = Person("Pieter Bakker", "pieter.bakker@haverland.nl", "outlook", "en-GB", AMS, SIG_PIETER,
                charset="utf-8", cte="base64")
PIETER_QP = Person("Pieter Bakker", "pieter.bakker@haverland.nl", "outlook", "en-GB", AMS, SIG_PIETER,
                   charset="utf-8", cte="quoted-printable")
MAUD = Person("Maud Jansen", "maud.jansen@haverland.nl", "applemail", "en-GB", AMS,
              "Maud Jansen\nVisual merchandising, Haverland")

# ----------------------------------------------------------------- L: Lescombes
SIG_HELENE = "Hélène Lescombes\nChâteau Lescombes - Saint-Émilion Grand Cru\n05 57 24 61 08"
HELENE = Person("Hélène Lescombes", "helene.lescombes@chateau-lescombes.fr", "gmail", "fr", PAR, SIG_HELENE)
HELENE_IPHONE = Person("Hélène Lescombes", "h.lescombes33@orange.fr", "iphone", "fr", PAR,
                       "Envoyé de mon iPhone")
SIG_BRUNO = ("Bruno Faure\nDirecteur commercial\nChâteau Lescombes SCEA - Lieu-dit Les Combes, 33330 Saint-Émilion\n"
             "Tél. : 05 57 24 61 10 - Port. : 06 08 77 31 45\n\n"
             "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.")
BRUNO = Person("Bruno Faure", "bruno.faure@chateau-lescombes.fr", "outlook", "fr", PAR, SIG_BRUNO,
               charset="iso-8859-1")
BRUNO_1252 = Person("Bruno Faure", "bruno.faure@chateau-lescombes.fr", "outlook", "fr", PAR,
                    SIG_BRUNO.replace("L'abus", "L’abus"), charset="windows-1252")
MEGAN = Person("Megan Clarke", "megan.clarke@chateau-lescombes.fr", "applemail", "en-GB", PAR,
               "Megan Clarke\nExport Manager UK & Ireland\nChâteau Lescombes")
COMPTA_LESCOMBES = Person("Château Lescombes - Comptabilité", "compta@chateau-lescombes.fr", "plain", "fr", PAR)

# ----------------------------------------------------------------- M: Roussel
SIG_ISABELLE = ("Isabelle Roussel\nExpert-comptable associée\nCabinet Roussel & Associés\n"
                "8 quai de Versailles, 44000 Nantes\n02 40 35 18 64")
ISABELLE = Person("Isabelle Roussel", "isabelle.roussel@roussel-associes.fr", "outlook", "fr", PAR,
                  SIG_ISABELLE, charset="utf-8", cte="base64")
ISABELLE_GMAIL = Person("Isabelle Roussel", "isabelle.roussel@roussel-associes.fr", "gmail", "fr", PAR,
                        "Isabelle Roussel\nCabinet Roussel & Associés")
ISABELLE_IPHONE = Person("Isabelle Roussel", "isabelle.roussel@roussel-associes.fr", "iphone", "fr", PAR,
                         "Envoyé de mon iPhone")
SIG_LUCAS = "Lucas Meyer\nChef de mission - Cabinet Roussel & Associés\n02 40 35 18 70"
LUCAS = Person("Lucas Meyer", "lucas.meyer@roussel-associes.fr", "thunderbird", "fr", PAR, SIG_LUCAS)
LUCAS_OUTLOOK = Person("Lucas Meyer", "lucas.meyer@roussel-associes.fr", "outlook", "fr", PAR, SIG_LUCAS,
                       charset="iso-8859-1")
SECRETARIAT = Person("Secrétariat Roussel & Associés", "secretariat@roussel-associes.fr", "outlook", "fr", PAR,
                     "Nathalie Prou\nAccueil et secrétariat\nCabinet Roussel & Associés - 02 40 35 18 60",
                     charset="windows-1252")
