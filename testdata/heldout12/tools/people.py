"""Senders and recipients used by the heldout12 cases."""
from mailgen import Person

NY = "America/New_York"      # Providence, Boston
PAR = "Europe/Paris"         # Lyon
LON = "Europe/London"        # London (the hotel's owners)
MTL = "America/Toronto"      # Montréal (same zone rules)

# ----------------------------------------------------------------- providers
DAYO = Person("Dayo Okafor", "dayo@okaforprototyping.com", "gmail", "en-US", NY,
              "Dayo Okafor\nOkafor Rapid Prototyping\n88 Valley St, Providence, RI 02909\n(401) 555-0127")
NOEMIE = Person("Noémie Lacombe", "noemie@lacombe-tapisserie.fr", "thunderbird", "fr", PAR,
                "Noémie Lacombe\nAtelier Lacombe Tapisserie\n7 rue d'Austerlitz, 69004 Lyon\n06 72 18 44 90")
VERONIQUE = Person("Véronique Gagnon", "veronique@mainslibres-lsq.ca", "applemail", "fr-CA", MTL,
                   "Véronique Gagnon\nInterprète et traductrice français-LSQ\nStudio Mains Libres")

# ----------------------------------------------------------------- P: Wrenfield Labs (Boston)
NATHAN = Person("Nathan Brooks", "nathan.brooks@wrenfieldlabs.com", "gmail", "en-US", NY,
                "Nathan Brooks\nMechanical Engineer, Wrenfield Labs\n(617) 555-0142")
SIG_CARMEN = ("Carmen Ruiz\nProduct Manager | Wrenfield Labs, Inc.\n212 Northern Ave, Suite 4, Boston, MA 02210\n"
              "m. (617) 555-0199\n\n"
              "CONFIDENTIALITY NOTICE: This message may contain confidential information of Wrenfield Labs, Inc. "
              "If you received it in error, please delete it and notify the sender.")
CARMEN = Person("Carmen Ruiz", "carmen.ruiz@wrenfieldlabs.com", "outlook", "en-US", NY, SIG_CARMEN,
                charset="utf-8", cte="base64")
SOPHIE = Person("Sophie Delorme", "sophie.delorme@wrenfieldlabs.com", "applemail", "fr", NY,
                "Sophie Delorme\nCTO & cofondatrice, Wrenfield Labs")
SOPHIE_GM = Person("Sophie Delorme", "sdelorme.perchlight@gmail.com", "gmail", "fr", NY,
                   "Sophie Delorme\nWrenfield Labs · Perchlight")
SOPHIE_IPHONE = Person("Sophie Delorme", "sdelorme.perchlight@gmail.com", "iphone", "fr", NY,
                       "Envoyé de mon iPhone")
AP_WRENFIELD = Person("Wrenfield Labs Accounts Payable", "ap@wrenfieldlabs.com", "plain", "en-US", NY)

# ----------------------------------------------------------------- R: Hôtel des Canuts (Lyon)
SIG_HELENE = ("Hélène Vasseur\nDirectrice\nHôtel des Canuts ****\n18 rue Imbert-Colomès, 69001 Lyon\n"
              "Tél. 04 78 55 21 60 | www.hotel-des-canuts.fr")
HELENE = Person("Hélène Vasseur", "helene.vasseur@hotel-des-canuts.fr", "outlook", "fr", PAR, SIG_HELENE,
                charset="iso-8859-1")
KARIM = Person("Karim Mansouri", "karim.mansouri@hotel-des-canuts.fr", "iphone", "fr", PAR,
               "Karim Mansouri\nChef barman, Le Métier\nEnvoyé de mon iPhone")
DANIEL = Person("Daniel Fischer", "daniel.fischer@hotel-des-canuts.fr", "outlook", "en-GB", PAR,
                "Daniel Fischer\nOperations Manager\nHôtel des Canuts, Lyon\n+33 4 78 55 21 64",
                charset="windows-1252")
OLIVIA = Person("Olivia Bennett", "olivia.bennett@rhonehospitality.co.uk", "applemail", "en-GB", LON,
                "Olivia Bennett\nAsset Manager, Rhône Hospitality Partners\n14 Cavendish Square, London W1G 0PJ\n+44 20 7946 0311")
# outside the contract, only quoted
PAULINE = Person("Pauline Girod", "pauline.girod@hotel-lesaravis.fr", "outlook", "fr", PAR)

# ----------------------------------------------------------------- C: Festival Ciné-Rive (Montréal)
MELANIE = Person("Mélanie Bouchard", "melanie.bouchard@cinerive.ca", "gmail", "fr-CA", MTL,
                 "Mélanie Bouchard\nCoordonnatrice, accessibilité et médiation\nFestival Ciné-Rive\n514 555-0187")
MELANIE_TXT = Person("Mélanie Bouchard", "melanie.bouchard@cinerive.ca", "gmail", "fr-CA", MTL,
                     "Mélanie Bouchard\nFestival Ciné-Rive")
SIG_SIMON = ("Simon Lévesque\nDirecteur général\nFestival Ciné-Rive\n6420, rue Saint-Hubert, Montréal (Québec)  H2S 2M2\n"
             "Tél. : 514 555-0150")
SIMON = Person("Simon Lévesque", "simon.levesque@cinerive.ca", "outlook", "fr-CA", MTL, SIG_SIMON,
               charset="utf-8", cte="quoted-printable")
RACHEL = Person("Rachel Goldberg", "rachel.goldberg@cinerive.ca", "gmail", "en-US", MTL,
                "Rachel Goldberg\nCommunications Manager | Ciné-Rive Film Festival\n514 555-0174")
RACHEL_AUTO = Person("Rachel Goldberg", "rachel.goldberg@cinerive.ca", "plain", "en-US", MTL)
LIAM = Person("Liam O'Connor", "liam@pelliculenord.com", "applemail", "en-US", MTL,
              "Liam O'Connor\nPost-production supervisor, Pellicule Nord\n5445 avenue de Gaspé, Montréal")
JOSEE = Person("Josée Pelletier", "josee.pelletier@videotron.ca", "thunderbird", "fr-CA", MTL,
               "Josée Pelletier\nComité consultatif sourd, Festival Ciné-Rive\nTextos seulement : 514 555-0163")
