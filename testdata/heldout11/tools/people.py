"""Senders and recipients used by the heldout11 cases."""
from mailgen import Person

LON = "Europe/London"        # Bristol, Somerset, London
PAR = "Europe/Paris"         # Angers, Nantes
ZRH = "Europe/Zurich"        # Valais, Lausanne, Zürich

# ----------------------------------------------------------------- providers
ROWAN = Person("Rowan Pike", "rowan@rowanpikekitchen.co.uk", "gmail", "en-GB", LON,
               "Rowan Pike\nRowan Pike Kitchen · recipe development\n07700 900 418")
INES = Person("Inès Carvalho", "ines@inescarvalho-voix.fr", "applemail", "fr", PAR,
              "Inès Carvalho\nComédienne voix-off · home studio\n06 31 48 72 09")
LEA = Person("Léa Vuilleumier", "lea@vuilleumier-ecritures.ch", "thunderbird", "fr", ZRH,
             "Léa Vuilleumier\nÉcritures pour musées et audioguides\nAv. de Morges 41, 1004 Lausanne\n+41 79 555 32 18")

# ----------------------------------------------------------------- J: Hearth & Furrow Foods (Somerset)
SIG_IMOGEN = ("Imogen Clarke\nBrand Manager\nHearth & Furrow Foods Ltd\n"
              "Coombe Mill, Westhay, Glastonbury BA6 9TX\n01458 555 274\n\n"
              "This email and any attachments are confidential and intended solely for the addressee. "
              "Hearth & Furrow Foods Ltd, registered in England and Wales no. 09876543.")
IMOGEN = Person("Imogen Clarke", "imogen.clarke@hearthandfurrow.co.uk", "outlook", "en-GB", LON, SIG_IMOGEN,
                charset="utf-8", cte="quoted-printable")
IMOGEN_B64 = Person("Imogen Clarke", "imogen.clarke@hearthandfurrow.co.uk", "outlook", "en-GB", LON, SIG_IMOGEN,
                    charset="utf-8", cte="base64")
CALLUM = Person("Callum Reid", "callum.reid.hf@gmail.com", "gmail", "en-GB", LON,
                "Callum\nHead of Product, Hearth & Furrow")
ELODIE = Person("Élodie Marchand", "elodie.marchand@hearthandfurrow.co.uk", "outlook", "fr", PAR,
                "Élodie Marchand\nResponsable grands comptes France\nHearth & Furrow Foods Ltd\n+33 6 18 42 77 50",
                charset="iso-8859-1")
ACCOUNTS_HF = Person("Hearth & Furrow Accounts", "accounts@hearthandfurrow.co.uk", "plain", "en-GB", LON)
# outside the contract, only quoted
PRIYA_W = Person("Priya Sandhu", "priya.sandhu@waitrose.co.uk", "outlook", "en-GB", LON)

# ----------------------------------------------------------------- N: Vélonomie (Angers) / Sidecar Films (London)
SIG_MATHILDE = ("Mathilde Roy\nResponsable marketing & communication\nVélonomie SAS\n"
                "12 rue de la Gare, 49100 Angers\nTél. 02 41 55 38 90\n\n"
                "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.")
MATHILDE = Person("Mathilde Roy", "mathilde.roy@velonomie.fr", "outlook", "fr", PAR,
                  SIG_MATHILDE.replace("Ce message", "Ce message – y compris ses pièces jointes –").replace(" et ses pièces jointes", ""),
                  charset="windows-1252")
MATHILDE_QP = Person("Mathilde Roy", "mathilde.roy@velonomie.fr", "outlook", "fr", PAR, SIG_MATHILDE,
                     charset="utf-8", cte="quoted-printable")
BAPTISTE = Person("Baptiste Lenoir", "baptiste.lenoir@velonomie.fr", "gmail", "fr", PAR,
                  "Baptiste Lenoir\nChef de produit · Vélonomie\n06 74 20 11 63")
OWEN = Person("Owen Hartley", "owen@sidecarfilms.co.uk", "applemail", "en-GB", LON,
              "Owen Hartley\nProducer, Sidecar Films\n+44 20 7946 0887")
SANNE = Person("Sanne de Vries", "sanne.devries@velonomie.fr", "gmail", "en-GB", "Europe/Amsterdam",
               "Sanne de Vries\nCountry Manager Benelux, Vélonomie\n+31 6 5555 1820")
NEWS_VN = Person("Vélonomie", "infolettre@velonomie.fr", "plain", "fr", PAR)

# ----------------------------------------------------------------- O: Musée des Glaciers (Orsières)
SIG_NADIA = ("Nadia Bonvin\nConservatrice\nFondation du Musée des Glaciers\n"
             "Route du Val Ferret 12, 1937 Orsières\n+41 27 555 61 40")
NADIA = Person("Nadia Bonvin", "nadia.bonvin@musee-glaciers.ch", "outlook", "fr", ZRH, SIG_NADIA,
               charset="utf-8", cte="quoted-printable")
PIERREYVES = Person("Pierre-Yves Crettex", "py.crettex@musee-glaciers.ch", "iphone", "fr", ZRH, "Envoyé de mon iPhone")
CLAIRE = Person("Claire Fournier", "claire.fournier@musee-glaciers.ch", "thunderbird", "fr", ZRH,
                "Claire Fournier\nMédiation culturelle · Musée des Glaciers")
HANNAH = Person("Hannah Weller", "hannah.weller@sonoramaguides.com", "outlook", "en-GB", ZRH,
                "Hannah Weller\nProject Manager, Sonorama Guides\nBadenerstrasse 120, 8004 Zürich\n+41 44 555 09 71",
                charset="utf-8", cte="base64")
ANNA = Person("Anna Keller", "anna.keller@ethz.ch", "applemail", "en-GB", ZRH,
              "Prof. Dr. Anna Keller\nGlaciology, ETH Zürich")
