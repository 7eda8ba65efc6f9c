"""Senders and recipients used by the heldout7 cases."""
from mailgen import Person

NYC = "America/New_York"
MTL = "America/Toronto"      # Montréal shares Toronto's zone
ZRH = "Europe/Zurich"
LON = "Europe/London"

# ----------------------------------------------------------------- providers
NORA = Person("Nora Quinlan", "nora@brightfenaudio.com", "gmail", "en-US", NYC,
              "Nora Quinlan\nBrightfen Audio · music & sound for games\nbrightfenaudio.com")
LEA = Person("Léa Vuillemin", "lea@vuillemin-modelisme.ch", "thunderbird", "fr", ZRH,
             "Léa Vuillemin\nModélisme & patronage industriel\nRue des Gares 12, 1201 Genève\n+41 79 318 52 04")
ANNA = Person("Anna Kettleby", "anna@kettlebybids.co.uk", "applemail", "en-GB", LON,
              "Anna Kettleby\nKettleby Bid Writing\n07700 914 326")

# ----------------------------------------------------------------- S: Pocket Lantern Games (Montréal)
SIG_JULIE = ("Julie Bergeron\nDirectrice artistique | Art & Audio Director\nPocket Lantern Games\n"
             "5445 av. de Gaspé, bureau 604, Montréal QC H2T 3B2")
JULIE = Person("Julie Bergeron", "julie.bergeron@pocketlantern.ca", "gmail", "fr-CA", MTL, SIG_JULIE)
JULIE_EN = Person("Julie Bergeron", "julie.bergeron@pocketlantern.ca", "gmail", "en-US", MTL, SIG_JULIE)
JULIE_IPHONE = Person("Julie Bergeron", "jbergeron.audio@gmail.com", "iphone", "fr-CA", MTL,
                      "Envoyé de mon iPhone")
SIG_SAM = ("Sam Okoye\nProducer, Lanternfall\nPocket Lantern Games Inc.\n+1 514 555 0172\n\n"
           "CONFIDENTIAL: this message may contain unreleased game content. Please do not share it "
           "outside the project team.")
SAM = Person("Sam Okoye", "sam.okoye@pocketlantern.ca", "outlook", "en-US", MTL, SIG_SAM,
             charset="utf-8", cte="quoted-printable")
SAM_B64 = Person("Sam Okoye", "sam.okoye@pocketlantern.ca", "outlook", "en-US", MTL, SIG_SAM,
                 charset="utf-8", cte="base64")
KEVIN = Person("Kevin Tran", "kevin.tran@pocketlantern.ca", "applemail", "en-US", MTL,
               "Kevin Tran\nLead gameplay programmer, Pocket Lantern")
DEVLOG = Person("Pocket Lantern Games", "news@pocketlantern.ca", "plain", "en-US", MTL)

# ----------------------------------------------------------------- T: Orée Atelier (Lausanne)
SIG_CAMILLE = "Camille Rochat\nFondatrice & directrice de création\nOrée - prêt-à-porter, Lausanne\n+41 78 645 21 90"
CAMILLE = Person("Camille Rochat", "camille.rochat@oree-atelier.ch", "gmail", "fr", ZRH, SIG_CAMILLE)
CAMILLE_IPHONE = Person("Camille Rochat", "camille.rochat.design@gmail.com", "iphone", "fr", ZRH,
                        "Envoyé de mon iPhone")
SIG_YVES = ("Yves Morand\nResponsable production & achats\nOrée Atelier Sàrl\n"
            "Avenue de Sévelin 20, 1004 Lausanne\nTél. +41 21 625 44 18\n\n"
            "Ce courriel et ses annexes sont confidentiels. S'il vous est parvenu par erreur, "
            "merci d'en informer l'expéditeur et de le supprimer.")
YVES = Person("Yves Morand", "yves.morand@oree-atelier.ch", "outlook", "fr", ZRH, SIG_YVES,
              charset="iso-8859-1")
YVES_1252 = Person("Yves Morand", "yves.morand@oree-atelier.ch", "outlook", "fr", ZRH,
                   SIG_YVES.replace("S'il", "S’il").replace("Sàrl\n", "Sàrl – Lausanne\n"),
                   charset="windows-1252")
HANNAH = Person("Hannah Keller", "hannah.keller@oree-atelier.ch", "applemail", "en-GB", ZRH,
                "Hannah Keller\nCo-founder, Orée\n+41 79 204 66 13")
# people outside the contract, only quoted
ATELIER_PORTO = Person("Rui Carvalho", "rui.carvalho@confeccoes-douro.pt", "outlook", "fr", "Europe/Lisbon")

# ----------------------------------------------------------------- U: Wharfside Community Boatyard (Hull)
DISCLAIMER_WCB = ("Wharfside Community Boatyard is a charitable incorporated organisation registered in "
                  "England and Wales, charity no. 1187342. This email is confidential; if you received it "
                  "in error, please tell the sender and delete it.")
SIG_GARETH = ("Gareth Pryce\nChief Executive\nWharfside Community Boatyard\nVictoria Dock, Hull HU9 1TJ\n"
              "01482 610 447\n\n" + DISCLAIMER_WCB)
GARETH = Person("Gareth Pryce", "gareth.pryce@wharfsideboatyard.org.uk", "outlook", "en-GB", LON, SIG_GARETH,
                charset="utf-8", cte="quoted-printable")
GARETH_B64 = Person("Gareth Pryce", "gareth.pryce@wharfsideboatyard.org.uk", "outlook", "en-GB", LON,
                    SIG_GARETH, charset="utf-8", cte="base64")
GARETH_1252 = Person("Gareth Pryce", "gareth.pryce@wharfsideboatyard.org.uk", "outlook", "en-GB", LON,
                     SIG_GARETH.replace("Hull HU9", "Hull – HU9"), charset="windows-1252")
GARETH_IPHONE = Person("Gareth Pryce", "gpryce@btinternet.com", "iphone", "en-GB", LON, "Sent from my iPhone")
SIG_LINDSAY = "Lindsay Cole\nProgramme Manager (she/her)\nWharfside Community Boatyard · 01482 610 449"
LINDSAY = Person("Lindsay Cole", "lindsay.cole@wharfsideboatyard.org.uk", "gmail", "en-GB", LON, SIG_LINDSAY)
RUTH = Person("Ruth Ambler", "ruth.ambler@wharfsideboatyard.org.uk", "thunderbird", "en-GB", LON,
              "Ruth Ambler\nTreasurer and trustee, Wharfside Community Boatyard")
ACCOUNTS_WCB = Person("Wharfside Community Boatyard - Accounts", "accounts@wharfsideboatyard.org.uk", "plain",
                      "en-GB", LON)
# outside the contract, only quoted
ALDERMOOR = Person("Priyanka Desai", "grants@aldermoorfoundation.org.uk", "outlook", "en-GB", LON)
