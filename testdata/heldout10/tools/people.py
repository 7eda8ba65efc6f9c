"""Senders and recipients used by the heldout10 cases."""
from mailgen import Person

CHI = "America/Chicago"      # Minneapolis / Saint Paul
PAR = "Europe/Paris"         # Lyon
MTL = "America/Toronto"      # Montréal and Toronto

# ----------------------------------------------------------------- providers
DANA = Person("Dana Whitlock", "dana@danawhitlockcoaching.com", "gmail", "en-US", CHI,
              "Dana Whitlock, USATF Level 2 coach\nDana Whitlock Coaching\n(612) 555-0143")
CLEMENCE = Person("Clémence Aubry", "clemence@pivoine-et-lin.fr", "applemail", "fr", PAR,
                  "Clémence Aubry\nAtelier Pivoine & Lin · fleurs pour l'événementiel\n14 rue Burdeau, 69001 Lyon\n06 72 18 40 95")
AUDREY = Person("Audrey Lemaire", "audrey@lemaire-soustitrage.ca", "gmail", "fr-CA", MTL,
                "Audrey Lemaire\nSous-titres Lemaire · sous-titrage FR-EN\n514 555-0186")

# ----------------------------------------------------------------- E: Harborlight Children's Fund (Saint Paul)
SIG_MEGAN = ("Megan O'Connor\nEvents & Peer Fundraising Manager\nHarborlight Children's Fund\n"
             "1420 University Ave W, Suite 300, Saint Paul, MN 55104\n(651) 555-0190\n\n"
             "Harborlight Children's Fund is a 501(c)(3) nonprofit. This message is intended only for "
             "the addressee; if you received it in error, please delete it and let us know.")
MEGAN = Person("Megan O'Connor", "megan.oconnor@harborlightfund.org", "outlook", "en-US", CHI, SIG_MEGAN,
               charset="utf-8", cte="quoted-printable")
MEGAN_B64 = Person("Megan O'Connor", "megan.oconnor@harborlightfund.org", "outlook", "en-US", CHI, SIG_MEGAN,
                   charset="utf-8", cte="base64")
MEGAN_1252 = Person("Megan O'Connor", "megan.oconnor@harborlightfund.org", "outlook", "en-US", CHI,
                    SIG_MEGAN.replace("Events & Peer", "Events – Peer"), charset="windows-1252")
TREVOR = Person("Trevor Daniels", "tdaniels.runs@gmail.com", "gmail", "en-US", CHI,
                "Trevor Daniels\nTeam Harborlight captain (volunteer)")
PRIYA = Person("Priya Raman", "priya.raman@harborlightfund.org", "applemail", "en-US", CHI,
               "Priya Raman\nCommunications Coordinator, Harborlight Children's Fund")
NEWS_HL = Person("Harborlight Children's Fund", "news@harborlightfund.org", "plain", "en-US", CHI)
# outside the contract, only quoted
JAKE = Person("Jake Lindqvist", "jake.lindqvist@outlook.com", "outlook", "en-US", CHI)

# ----------------------------------------------------------------- F: Soléane Cosmétiques (Lyon)
SIG_SANDRINE = ("Sandrine Vial\nResponsable communication & événements\nSoléane Cosmétiques SAS\n"
                "32 quai Perrache, 69002 Lyon\nTél. 04 78 42 16 30 · Port. 06 81 27 55 04\n\n"
                "Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, "
                "merci d'en avertir l'expéditeur et de le détruire.")
SANDRINE = Person("Sandrine Vial", "sandrine.vial@soleane.fr", "outlook", "fr", PAR, SIG_SANDRINE,
                  charset="iso-8859-1")
SANDRINE_1252 = Person("Sandrine Vial", "sandrine.vial@soleane.fr", "outlook", "fr", PAR,
                       SIG_SANDRINE.replace("S'il", "S’il").replace("Si vous l'avez", "Si vous l’avez"),
                       charset="windows-1252")
JULIEN = Person("Julien Marchetti", "julien.marchetti@soleane.fr", "gmail", "fr", PAR,
                "Julien Marchetti\nChargé d'événements · Soléane Cosmétiques\n06 45 90 12 38")
HELENE = Person("Hélène Ferraud", "helene.ferraud@gmail.com", "iphone", "fr", PAR, "Envoyé de mon iPhone")
LAURA = Person("Laura Bennett", "laura.bennett@soleane-group.com", "applemail", "en-GB", "Europe/London",
               "Laura Bennett\nChief of Staff to the CEO, Soléane Group\n+44 20 7946 0321")
COMPTA_SOL = Person("Soléane Cosmétiques - Comptabilité fournisseurs", "comptabilite@soleane.fr", "plain", "fr", PAR)

# ----------------------------------------------------------------- G: Productions Boréale (Québec) / Northreel Post
SIG_GENEVIEVE = ("Geneviève Tremblay\nProductrice\nProductions Boréale inc.\n"
                 "215, rue Saint-Vallier Est, Québec (Québec) G1K 3P2\n418 555-0127")
GENEVIEVE = Person("Geneviève Tremblay", "genevieve.tremblay@productionsboreale.ca", "gmail", "fr-CA", MTL,
                   SIG_GENEVIEVE)
SOPHIE = Person("Sophie Gagnon", "sophie.gagnon.docs@gmail.com", "iphone", "fr-CA", MTL, "Envoyé de mon iPhone")
SIG_MARK = ("Mark Heller\nPost-Production Supervisor\nNorthreel Post\n460 King St W, Toronto ON M5V 1L7\n"
            "416 555-0164\n\nThis e-mail may contain confidential material relating to unreleased productions. "
            "Do not forward without permission.")
MARK = Person("Mark Heller", "mark.heller@northreelpost.com", "outlook", "en-US", MTL, SIG_MARK,
              charset="utf-8", cte="base64")
MARK_QP = Person("Mark Heller", "mark.heller@northreelpost.com", "outlook", "en-US", MTL, SIG_MARK,
                 charset="utf-8", cte="quoted-printable")
DANIEL = Person("Daniel Okafor", "daniel.okafor@productionsboreale.ca", "thunderbird", "en-US", MTL,
                "Daniel Okafor\nFestivals & Distribution, Productions Boréale")
