"""Senders and recipients used by the held-out cases (heldout5)."""
from mailgen import Person

PAR = "Europe/Paris"
DUB = "Europe/Dublin"
BER = "Europe/Berlin"

# ----------------------------------------------------------------- providers
LENA = Person("Lena Vogt", "lena@kestrelmotion.studio", "applemail", "en-GB", BER)
CAMILLE = Person("Camille Roussel", "camille@roussel-paysage.fr", "gmail", "fr", PAR)
NORA = Person("Nora Belkacem", "nora@nbconseil-rh.fr", "gmail", "fr", PAR)

# ----------------------------------------------------------------- M: Paylark
SIG_AOIFE = "Aoife Brennan\nHead of Brand | Paylark\npaylark.io · +353 87 412 6630"
AOIFE = Person("Aoife Brennan", "aoife.brennan@paylark.io", "gmail", "en-GB", DUB, SIG_AOIFE)
AOIFE_IPHONE = Person("Aoife Brennan", "aoifebrennan.design@gmail.com", "iphone", "en-GB", DUB,
                      "Sent from my iPhone")
DISCLAIMER_PL = ("Paylark Technologies Ltd is registered in Ireland (no. 712944), 3 Grand Canal Quay, Dublin 2. "
                 "Paylark is regulated by the Central Bank of Ireland as an electronic money institution. "
                 "This email is confidential and intended solely for the addressee.")
SIG_CONOR = "Conor Walsh\nProduct Marketing Lead\nPaylark – money that moves with you\n\n" + DISCLAIMER_PL
CONOR = Person("Conor Walsh", "conor.walsh@paylark.io", "outlook", "en-GB", DUB, SIG_CONOR,
               charset="utf-8", cte="quoted-printable")
CONOR_B64 = Person("Conor Walsh", "conor.walsh@paylark.io", "outlook", "en-GB", DUB, SIG_CONOR,
                   charset="utf-8", cte="base64")
SIG_RAVI = "Ravi Menon\nFinance & Operations\nPaylark Technologies Ltd\n\n" + DISCLAIMER_PL
RAVI = Person("Ravi Menon", "ravi.menon@paylark.io", "outlook", "en-GB", DUB, SIG_RAVI,
              charset="windows-1252")

# ----------------------------------------------------------------- P: Hôtel Les Oliviers
SIG_HELENE = ("Hélène Marchetti\nDirectrice générale\nHôtel Les Oliviers **** - 1250 route de Puyricard, "
              "13090 Aix-en-Provence\nTél. : 04 42 21 57 80\n\n"
              "Ce courriel et ses pièces jointes sont strictement confidentiels. S'ils ne vous sont pas "
              "destinés, merci de les supprimer et d'en informer l'expéditeur. Pensez à l'environnement "
              "avant d'imprimer ce message.")
HELENE = Person("Hélène Marchetti", "h.marchetti@hotel-lesoliviers.fr", "outlook", "fr", PAR, SIG_HELENE,
                charset="iso-8859-1")
HELENE_1252 = Person("Hélène Marchetti", "h.marchetti@hotel-lesoliviers.fr", "outlook", "fr", PAR,
                     SIG_HELENE.replace("**** - ", "**** – ").replace("S'ils", "S’ils").replace("d'en", "d’en")
                     .replace("l'exp", "l’exp").replace("l'env", "l’env"), charset="windows-1252")
HELENE_IPHONE = Person("Hélène Marchetti", "helene.marchetti13@orange.fr", "iphone", "fr", PAR,
                       "Envoyé de mon iPhone")
SIG_JULIEN = ("Julien Faure\nResponsable technique & espaces extérieurs\nHôtel Les Oliviers\n"
              "06 31 84 22 07")
JULIEN = Person("Julien Faure", "julien.faure@hotel-lesoliviers.fr", "thunderbird", "fr", PAR, SIG_JULIEN)
JULIEN_GMAIL = Person("Julien Faure", "julien.faure@hotel-lesoliviers.fr", "gmail", "fr", PAR, SIG_JULIEN)
COMPTA_OLIVIERS = Person("Hôtel Les Oliviers - Comptabilité", "comptabilite@hotel-lesoliviers.fr", "plain",
                         "fr", PAR)
GEOMETRE = Person("Cabinet Arnaud Géomètres-Experts", "contact@arnaud-geometres.fr", "plain", "fr", PAR)

# ----------------------------------------------------------------- R: Quantiq
SIG_VINCENT = "Vincent Lemaire\nCEO & co-fondateur\nQuantiq — pilotage énergétique des bâtiments\n06 72 30 15 48"
VINCENT = Person("Vincent Lemaire", "vincent.lemaire@quantiq.fr", "gmail", "fr", PAR, SIG_VINCENT)
VINCENT_IPHONE = Person("Vincent Lemaire", "vlemaire.quantiq@gmail.com", "iphone", "fr", PAR,
                        "Envoyé de mon iPhone")
SIG_AMANDINE = ("Amandine Roy\nOffice manager & RH\nQuantiq SAS – 5 rue Crucy, 44000 Nantes\n"
                "Tél. 02 52 10 48 36\n\n"
                "Ce message et ses éventuelles pièces jointes sont confidentiels. Si vous n’en êtes pas "
                "le destinataire, merci de le détruire et d’en avertir l’expéditeur.")
AMANDINE = Person("Amandine Roy", "amandine.roy@quantiq.fr", "outlook", "fr", PAR, SIG_AMANDINE,
                  charset="windows-1252")
AMANDINE_UTF8 = Person("Amandine Roy", "amandine.roy@quantiq.fr", "outlook", "fr", PAR, SIG_AMANDINE,
                       charset="utf-8", cte="base64")
SEBASTIAN = Person("Sebastian Kraus", "sebastian.kraus@quantiq.fr", "applemail", "en-GB", PAR,
                   "Sebastian Kraus\nHead of Engineering, Quantiq\n+33 6 19 84 27 50")
