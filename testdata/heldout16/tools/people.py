"""Senders and recipients used by the heldout16 cases."""
from mailgen import Person

MEL = "Australia/Melbourne"  # Epping, Brunswick, Thomastown
PAR = "Europe/Paris"         # Dijon, Talant, Beaune
NYC = "America/New_York"     # Rhinebeck, Kingston (Hudson Valley)

# ----------------------------------------------------------------- providers
TESSA = Person("Tessa Marlowe", "tessa@marlowecanine.com.au", "gmail", "en-AU", MEL,
               "Tessa Marlowe CCAB\nMarlowe Canine Behaviour\nBrunswick VIC | 0412 555 238")
MARGOT = Person("Margot Delaunay", "margot@delaunay-dao.fr", "thunderbird", "fr", PAR,
                "Margot Delaunay\nDessinatrice-projeteuse DAO / CAO\n12 rue des Rotondes, 21240 Talant\n06 41 27 85 09")
NELL = Person("Nell Hargrove", "nell@hargroveclay.com", "applemail", "en-US", NYC,
              "Nell Hargrove\nHargrove Clay Studio\n41 Abeel Street, Kingston NY\nhargroveclay.com")

# ----------------------------------------------------------------- HA: Wattlegrove Animal Rescue (Epping, Melbourne)
SIG_PRIYA = ("Priya Raman\nShelter Operations Manager\nWattlegrove Animal Rescue Inc.\n"
             "112 Cooper Street, Epping VIC 3076\n(03) 9555 0147 | wattlegroverescue.org.au\n\n"
             "Wattlegrove acknowledges the Wurundjeri Woi-wurrung people, Traditional Owners of the land on which we work.")
PRIYA = Person("Priya Raman", "priya.raman@wattlegroverescue.org.au", "outlook", "en-AU", MEL, SIG_PRIYA,
               charset="utf-8")
DECLAN = Person("Declan O'Hare", "declan@wattlegroverescue.org.au", "iphone", "en-AU", MEL, "Sent from my iPhone")
CAMILLE = Person("Camille Vasseur", "camille.vasseur.nc@gmail.com", "gmail", "fr", MEL,
                 "Camille Vasseur\nCoordinatrice des familles d'accueil / Foster coordinator\nWattlegrove Animal Rescue")
CAMILLE_MAC = Person("Camille Vasseur", "camille@wattlegroverescue.org.au", "applemail", "fr", MEL,
                     "Camille Vasseur\nFoster coordinator | Wattlegrove Animal Rescue\n0438 555 610")

# ----------------------------------------------------------------- HB: Les Cuisines de l'Ouche (Dijon)
SIG_THIERRY = ("Thierry Bonnard\nGérant\nLes Cuisines de l'Ouche\n47 avenue du Drapeau, 21000 Dijon\n"
               "03 80 55 41 20 - www.cuisines-ouche.fr")
THIERRY = Person("Thierry Bonnard", "thierry.bonnard@cuisines-ouche.fr", "outlook", "fr", PAR, SIG_THIERRY,
                 charset="windows-1252")
EMMA = Person("Emma Hollis", "emma.hollis@cuisines-ouche.fr", "applemail", "en-GB", PAR,
              "Emma Hollis\nConceptrice-vendeuse | Kitchen designer\nLes Cuisines de l'Ouche, Dijon")
KEVIN = Person("Kévin Moreau", "kevin.moreau.pose@gmail.com", "iphone", "fr", PAR, "Envoyé de mon iPhone")
COMPTA = Person("Les Cuisines de l'Ouche - Comptabilité", "compta@cuisines-ouche.fr", "plain", "fr", PAR)

# ----------------------------------------------------------------- HC: Fieldstone Table (Rhinebeck NY)
MARCUS = Person("Marcus Bell", "marcus@fieldstonetable.com", "gmail", "en-US", NYC,
                "Marcus Bell\nOwner | Fieldstone Table\n6412 Montgomery St, Rhinebeck NY\n(845) 555-0193")
ADELE = Person("Adèle Fontaine", "adele@fieldstonetable.com", "iphone", "fr", NYC, "Envoyé de mon iPhone")
ADELE_GMAIL = Person("Adèle Fontaine", "adele.fontaine.cuisine@gmail.com", "gmail", "fr", NYC,
                     "Adèle Fontaine\nChef exécutive | Fieldstone Table")
SIG_JESS = ("Jess Tran\nOperations & Purchasing Manager\nFieldstone Table\n6412 Montgomery St, Rhinebeck NY 12572\n"
            "(845) 555-0193 ext. 2 | fieldstonetable.com")
JESS = Person("Jess Tran", "jess.tran@fieldstonetable.com", "outlook", "en-US", NYC, SIG_JESS,
              charset="utf-8", cte="base64")
