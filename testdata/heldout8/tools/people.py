"""Senders and recipients used by the heldout8 cases."""
from mailgen import Person

BXL = "Europe/Brussels"
BNE = "Australia/Brisbane"
MTL = "America/Toronto"      # Montréal shares Toronto's zone

# ----------------------------------------------------------------- providers
BERENICE = Person("Bérénice Hanotte", "berenice@fildor-ceremonies.be", "applemail", "fr", BXL,
                  "Bérénice Hanotte\nFil d'Or Cérémonies · officiante laïque\n+32 475 61 28 09")
LIAM = Person("Liam Ferris", "liam@ferrispropertymedia.com.au", "gmail", "en-GB", BNE,
              "Liam Ferris\nFerris Property Media\nReal estate photography · CASA-licensed drone pilot\n0412 558 730")
MATHILDE = Person("Mathilde Lessard", "mathilde@studiolisiere.ca", "gmail", "fr-CA", MTL,
                  "Mathilde Lessard\nStudio Lisière · recherche utilisateur\n418 555-0148")

# ----------------------------------------------------------------- V: Manon & Cillian (wedding, Belgium)
MANON = Person("Manon Dewitte", "manon.dewitte@gmail.com", "gmail", "fr", BXL, "")
MANON_IPHONE = Person("Manon Dewitte", "manon.dewitte@gmail.com", "iphone", "fr", BXL,
                      "Envoyé de mon iPhone")
SIG_MANON_WORK = ("Manon Dewitte\nCollaboratrice\nÉtude du notaire Halleux\nRue de Fer 41, 5000 Namur\n"
                  "Tél. 081 22 47 90\n\n"
                  "Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. "
                  "Si vous l'avez reçu par erreur, merci de le signaler à l'expéditeur et de le supprimer.")
MANON_WORK = Person("Manon Dewitte", "m.dewitte@etude-halleux.be", "outlook", "fr", BXL, SIG_MANON_WORK,
                    charset="iso-8859-1")
CILLIAN = Person("Cillian Gallagher", "cillian.gallagher.ie@gmail.com", "applemail", "en-GB", BXL, "")
SIG_NOEMIE = ("Noémie Lambotte\nOrtie Events · wedding planner\nChaussée de Dinant 12, 5100 Wépion\n"
              "+32 496 30 81 55 · ortie-events.be")
NOEMIE = Person("Noémie Lambotte", "noemie@ortie-events.be", "thunderbird", "fr", BXL, SIG_NOEMIE)
# outside the contract, only quoted
FERME = Person("Ferme du Try-au-Chêne", "info@fermedutryauchene.be", "outlook", "fr", BXL)

# ----------------------------------------------------------------- W: Brennan & Loft (estate agency, Brisbane)
SIG_KATE = ("Kate Brennan\nPrincipal & Licensee in Charge\nBrennan & Loft Real Estate\n"
            "88 Merthyr Road, New Farm QLD 4005\nM 0417 332 904 | T 07 3358 2210\n\n"
            "Brennan & Loft Real Estate Pty Ltd ABN 41 612 558 097. This email and any attachments are "
            "confidential. If you are not the intended recipient, please delete it and notify the sender.")
KATE = Person("Kate Brennan", "kate.brennan@brennanloft.com.au", "outlook", "en-GB", BNE, SIG_KATE,
              charset="utf-8", cte="quoted-printable")
KATE_B64 = Person("Kate Brennan", "kate.brennan@brennanloft.com.au", "outlook", "en-GB", BNE, SIG_KATE,
                  charset="utf-8", cte="base64")
KATE_1252 = Person("Kate Brennan", "kate.brennan@brennanloft.com.au", "outlook", "en-GB", BNE,
                   SIG_KATE.replace("Real Estate\n88", "Real Estate – New Farm\n88"), charset="windows-1252")
SIG_TAYLA = "Tayla Morgan\nMarketing Coordinator | Brennan & Loft Real Estate\n07 3358 2214"
TAYLA = Person("Tayla Morgan", "tayla.morgan@brennanloft.com.au", "gmail", "en-GB", BNE, SIG_TAYLA)
JOSH = Person("Josh Kerrigan", "josh.kerrigan@brennanloft.com.au", "gmail", "en-GB", BNE,
              "Josh Kerrigan\nSales Agent | Brennan & Loft\n0433 120 687")
JOSH_IPHONE = Person("Josh Kerrigan", "joshkerrigan.re@gmail.com", "iphone", "en-GB", BNE, "Sent from my iPhone")
NEWS_BL = Person("Brennan & Loft Real Estate", "news@brennanloft.com.au", "plain", "en-GB", BNE)
# outside the contract, only quoted
VENDOR_HAW = Person("Deborah Simmons", "deb.simmons64@bigpond.com", "outlook", "en-GB", BNE)

# ----------------------------------------------------------------- X: Piastre Technologies (fintech, Montréal)
SIG_REMI = "Rémi Bouchard\nDirecteur produit | Head of Product\nPiastre Technologies inc.\n1751, rue Richardson, Montréal"
REMI = Person("Rémi Bouchard", "remi.bouchard@piastre.ca", "gmail", "fr-CA", MTL, SIG_REMI)
REMI_IPHONE = Person("Rémi Bouchard", "remi.bouchard.qc@gmail.com", "iphone", "fr-CA", MTL,
                     "Envoyé de mon iPhone")
ALEX = Person("Alex Whitford", "alex.whitford@piastre.ca", "applemail", "en-US", MTL,
              "Alex Whitford\nLead Product Designer, Piastre")
SIG_KARINE = ("Karine Ouellet\nConseillère principale, conformité et vie privée\nPiastre Technologies inc.\n"
              "1751, rue Richardson, bureau 4.200, Montréal (Québec) H3K 1G5\n\n"
              "AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements personnels ou confidentiels. "
              "S’il vous a été transmis par erreur, veuillez en aviser l’expéditrice et le détruire.")
KARINE = Person("Karine Ouellet", "karine.ouellet@piastre.ca", "outlook", "fr-CA", MTL, SIG_KARINE,
                charset="windows-1252")
FACTURATION = Person("Piastre Technologies - Comptes fournisseurs", "facturation@piastre.ca", "plain", "fr-CA", MTL)
