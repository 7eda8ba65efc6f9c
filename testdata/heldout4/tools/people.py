"""Senders and recipients used by the heldout4 cases."""
from mailgen import Person

PAR = "Europe/Paris"
LON = "Europe/London"

# ----------------------------------------------------------------- providers
JULIE = Person("Julie Morel", "julie@morel-conseil.fr", "gmail", "fr", PAR)
HANNAH = Person("Hannah Cole", "hannah@coledatastudio.co.uk", "fastmail", "en-GB", LON)
CAMILLE = Person("Camille Roux", "camille@roux-formation.fr", "applemail", "fr", PAR)

# ----------------------------------------------------------------- A: Fournil des Halles
SEB_IPHONE = Person("Sébastien Morvan", "seb.morvan.fournil@gmail.com", "iphone", "fr", PAR,
                    "Envoyé de mon iPhone")
SIG_SEB = ("Sébastien Morvan\nArtisan boulanger - gérant\nLe Fournil des Halles\n"
           "3 place Louis-Imbach, 49100 Angers\n02 41 88 07 26")
SEB = Person("Sébastien Morvan", "sebastien.morvan@fournil-des-halles.fr", "thunderbird", "fr", PAR, SIG_SEB)
SIG_ELODIE = ("Élodie Perrin\nAssistante de gestion\nLe Fournil des Halles SARL\n"
              "3 place Louis-Imbach - 49100 Angers\nTél. 02 41 88 07 20\n\n"
              "Ce courriel et ses pièces jointes sont strictement confidentiels. S'ils ne vous sont pas "
              "destinés, merci de les supprimer et d'en informer l'expéditeur.")
ELODIE = Person("Élodie Perrin", "elodie.perrin@fournil-des-halles.fr", "outlook", "fr", PAR, SIG_ELODIE,
                charset="iso-8859-1")
ELODIE_1252 = Person("Élodie Perrin", "elodie.perrin@fournil-des-halles.fr", "outlook", "fr", PAR,
                     SIG_ELODIE.replace("S'ils", "S’ils").replace("d'en", "d’en").replace("SARL\n3", "SARL\n3"),
                     charset="windows-1252")
SIG_AGATHE = "Agathe Morvan\nPâtisserie & boutique\nLe Fournil des Halles"
AGATHE = Person("Agathe Morvan", "agathe@fournil-des-halles.fr", "gmail", "fr", PAR, SIG_AGATHE)
OWEN = Person("Owen Price", "owen.price@fournil-des-halles.fr", "applemail", "en-GB", PAR,
              "Owen Price\nHead pastry chef, Le Fournil des Halles\n+33 6 71 40 28 93")
PAIEMENTS_FOURNIL = Person("Le Fournil des Halles - Paiements", "paiements@fournil-des-halles.fr", "plain", "fr", PAR)
MOULIN = Person("Moulins Bourdin", "commercial@moulins-bourdin.fr", "plain", "fr", PAR)
CONTACT_FOURNIL = Person("Le Fournil des Halles", "contact@fournil-des-halles.fr", "plain", "fr", PAR)

# ----------------------------------------------------------------- B: Fernleaf
DISCLAIMER_FL = ("This message is confidential and intended for the addressee only. Fernleaf & Co Ltd, "
                 "registered in England and Wales no. 11830274, Unit 4 Sovereign Quay, Leeds LS1 4BJ.")
SIG_OLIVIA = ("Olivia Grant\nHead of E-commerce\nFernleaf & Co\nfernleafandco.co.uk | 0113 496 0785\n\n"
              + DISCLAIMER_FL)
OLIVIA = Person("Olivia Grant", "olivia.grant@fernleafandco.co.uk", "outlook", "en-GB", LON, SIG_OLIVIA,
                charset="utf-8", cte="quoted-printable")
OLIVIA_B64 = Person("Olivia Grant", "olivia.grant@fernleafandco.co.uk", "outlook", "en-GB", LON, SIG_OLIVIA,
                    charset="utf-8", cte="base64")
SIG_BEN = "Ben Ashworth\nFounder, Fernleaf & Co\nPlant-based skincare, made in Yorkshire"
BEN = Person("Ben Ashworth", "ben.ashworth@fernleafandco.co.uk", "gmail", "en-GB", LON, SIG_BEN)
BEN_IPHONE = Person("Ben Ashworth", "ben.ashworth.ldn@gmail.com", "iphone", "en-GB", LON, "Sent from my iPhone")
SIG_LEA = "Léa Fontaine\nCo-fondatrice | Co-founder\nFernleaf & Co"
LEA = Person("Léa Fontaine", "lea.fontaine@fernleafandco.co.uk", "gmail", "fr", LON, SIG_LEA)
SANJAY = Person("Sanjay Mistry", "sanjay.mistry@fernleafandco.co.uk", "thunderbird", "en-GB", LON,
                "Sanjay Mistry\nCRM & Email Marketing\nFernleaf & Co")

# ----------------------------------------------------------------- C: Forma'Pro Ouest
SIG_NATHALIE = ("Nathalie Giraud\nResponsable pédagogique\nForma'Pro Ouest SAS - 22 boulevard Guist'hau, 44000 Nantes\n"
                "Tél. : 02 40 35 61 18\n\n"
                "Organisme de formation enregistré sous le numéro 52 44 08812 44 auprès du préfet de région "
                "Pays de la Loire. Cet enregistrement ne vaut pas agrément de l'État.")
NATHALIE = Person("Nathalie Giraud", "nathalie.giraud@formapro-ouest.fr", "outlook", "fr", PAR, SIG_NATHALIE,
                  charset="iso-8859-1")
NATHALIE_1252 = Person("Nathalie Giraud", "nathalie.giraud@formapro-ouest.fr", "outlook", "fr", PAR,
                       SIG_NATHALIE.replace("SAS - 22", "SAS – 22").replace("l'État", "l’État"),
                       charset="windows-1252")
NATHALIE_UTF8 = Person("Nathalie Giraud", "nathalie.giraud@formapro-ouest.fr", "outlook", "fr", PAR, SIG_NATHALIE,
                       charset="utf-8", cte="base64")
SIG_YANNICK = "Yannick Le Goff\nDirecteur\nForma'Pro Ouest"
YANNICK = Person("Yannick Le Goff", "yannick.legoff@formapro-ouest.fr", "gmail", "fr", PAR, SIG_YANNICK)
YANNICK_IPHONE = Person("Yannick Le Goff", "ylegoff.formapro@gmail.com", "iphone", "fr", PAR,
                        "Envoyé de mon iPhone")
AURELIE = Person("Aurélie Bastide", "aurelie.bastide@formapro-ouest.fr", "applemail", "fr", PAR,
                 "Aurélie Bastide\nFormatrice relation client\nForma'Pro Ouest")
CLIENT_CA = Person("Martine Guérin", "m.guerin@credit-atlantique.fr", "plain", "fr", PAR)
